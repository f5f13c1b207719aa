"""D-PORT-*, D-HAIRPIN-1: published ports: who reaches them, and through which address."""

from __future__ import annotations

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import SYS_ADMIN, Judgement, Unobservable
from docker_conformance.conformance.judges.shared import seen
from docker_conformance.conformance.model.scenarios import PublishedPort

family(__name__, "PORT", "Published ports", "포트 공개")
family(__name__, "HAIRPIN", "Published ports", "포트 공개")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_published_port__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_published_port__mutmut)
def published_port(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_orig(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_1(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen(None, port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_2(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", None)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_3(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen(port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_4(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", )
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_5(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("XXthe published addressXX", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_6(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("THE PUBLISHED ADDRESS", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_7(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = None
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_8(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") and [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_9(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(None) or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_10(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings and {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_11(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        None,
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_12(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        None,
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_13(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        None,
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_14(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_15(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_16(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_17(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "XXbinding_in_inspectXX",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_18(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "BINDING_IN_INSPECT",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_19(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get(None)}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_20(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[1].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_21(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('XXHostIpXX')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_22(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('hostip')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_23(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HOSTIP')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_24(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get(None)}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_25(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[1].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_26(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('XXHostPortXX')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_27(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('hostport')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_28(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HOSTPORT')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_29(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact(None, "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_30(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", None, port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_31(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", None, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_32(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=None, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_33(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=None)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_34(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_35(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_36(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_37(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_38(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, )
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_39(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("XXread_throughXX", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_40(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("READ_THROUGH", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_41(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "XXconformanceXX", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_42(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "CONFORMANCE", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_43(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_44(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact(None, "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_45(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", None, port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_46(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", None)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_47(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_48(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_49(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", )
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_50(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("XXread_on_user_own_loopback_rootlesskitXX", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_51(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("READ_ON_USER_OWN_LOOPBACK_ROOTLESSKIT", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_52(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "XXconformanceXX", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_53(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "CONFORMANCE", port.received_on_host)
    j.attach("attempts until the listener answered", str(port.attempts))


def x_published_port__mutmut_54(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach(None, str(port.attempts))


def x_published_port__mutmut_55(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", None)


def x_published_port__mutmut_56(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach(str(port.attempts))


def x_published_port__mutmut_57(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", )


def x_published_port__mutmut_58(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("XXattempts until the listener answeredXX", str(port.attempts))


def x_published_port__mutmut_59(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("ATTEMPTS UNTIL THE LISTENER ANSWERED", str(port.attempts))


def x_published_port__mutmut_60(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A published port is reachable from the host and reaches the container.

    Documented: -p HOSTPORT:PORT forwards a TCP connection to the container
    Ko documented: -p HOSTPORT:PORT는 TCP 연결을 컨테이너로 전달한다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -l -p 8080; nc 127.0.0.1 PORT
    Title: A published port forwards a TCP connection into the container
    Ko: 공개된 포트는 호스트에서 닿고 컨테이너로 이어진다.
    Ko title: 공개된 포트가 TCP 연결을 컨테이너로 전달한다
    """
    seen("the published address", port.host_ip)
    binding = (port.bindings or {}).get(f"{port.container_port}/tcp") or [{}]
    j.fact(
        "binding_in_inspect",
        f"{port.host_ip}:{port.host_port}",
        f"{binding[0].get('HostIp')}:{binding[0].get('HostPort')}",
    )
    j.fact("read_through", "conformance", port.received, host_ip=port.host_ip, host_port=port.host_port)
    if port.received_on_host is not None:  # rootless: where the user connects
        j.fact("read_on_user_own_loopback_rootlesskit", "conformance", port.received_on_host)
    j.attach("attempts until the listener answered", str(None))

mutants_x_published_port__mutmut['_mutmut_orig'] = x_published_port__mutmut_orig # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_1'] = x_published_port__mutmut_1 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_2'] = x_published_port__mutmut_2 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_3'] = x_published_port__mutmut_3 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_4'] = x_published_port__mutmut_4 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_5'] = x_published_port__mutmut_5 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_6'] = x_published_port__mutmut_6 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_7'] = x_published_port__mutmut_7 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_8'] = x_published_port__mutmut_8 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_9'] = x_published_port__mutmut_9 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_10'] = x_published_port__mutmut_10 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_11'] = x_published_port__mutmut_11 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_12'] = x_published_port__mutmut_12 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_13'] = x_published_port__mutmut_13 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_14'] = x_published_port__mutmut_14 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_15'] = x_published_port__mutmut_15 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_16'] = x_published_port__mutmut_16 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_17'] = x_published_port__mutmut_17 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_18'] = x_published_port__mutmut_18 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_19'] = x_published_port__mutmut_19 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_20'] = x_published_port__mutmut_20 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_21'] = x_published_port__mutmut_21 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_22'] = x_published_port__mutmut_22 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_23'] = x_published_port__mutmut_23 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_24'] = x_published_port__mutmut_24 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_25'] = x_published_port__mutmut_25 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_26'] = x_published_port__mutmut_26 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_27'] = x_published_port__mutmut_27 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_28'] = x_published_port__mutmut_28 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_29'] = x_published_port__mutmut_29 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_30'] = x_published_port__mutmut_30 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_31'] = x_published_port__mutmut_31 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_32'] = x_published_port__mutmut_32 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_33'] = x_published_port__mutmut_33 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_34'] = x_published_port__mutmut_34 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_35'] = x_published_port__mutmut_35 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_36'] = x_published_port__mutmut_36 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_37'] = x_published_port__mutmut_37 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_38'] = x_published_port__mutmut_38 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_39'] = x_published_port__mutmut_39 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_40'] = x_published_port__mutmut_40 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_41'] = x_published_port__mutmut_41 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_42'] = x_published_port__mutmut_42 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_43'] = x_published_port__mutmut_43 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_44'] = x_published_port__mutmut_44 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_45'] = x_published_port__mutmut_45 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_46'] = x_published_port__mutmut_46 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_47'] = x_published_port__mutmut_47 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_48'] = x_published_port__mutmut_48 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_49'] = x_published_port__mutmut_49 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_50'] = x_published_port__mutmut_50 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_51'] = x_published_port__mutmut_51 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_52'] = x_published_port__mutmut_52 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_53'] = x_published_port__mutmut_53 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_54'] = x_published_port__mutmut_54 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_55'] = x_published_port__mutmut_55 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_56'] = x_published_port__mutmut_56 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_57'] = x_published_port__mutmut_57 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_58'] = x_published_port__mutmut_58 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_59'] = x_published_port__mutmut_59 # type: ignore # mutmut generated
mutants_x_published_port__mutmut['x_published_port__mutmut_60'] = x_published_port__mutmut_60 # type: ignore # mutmut generated


claim("D-PORT-1", observes="published_port")(published_port)
mutants_x__any_port__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__any_port__mutmut)
def _any_port(port: PublishedPort) -> PublishedPort:
    if not port.any_port:
        raise Unobservable("this_observation_has_no_port_published")
    return port


def x__any_port__mutmut_orig(port: PublishedPort) -> PublishedPort:
    if not port.any_port:
        raise Unobservable("this_observation_has_no_port_published")
    return port


def x__any_port__mutmut_1(port: PublishedPort) -> PublishedPort:
    if port.any_port:
        raise Unobservable("this_observation_has_no_port_published")
    return port


def x__any_port__mutmut_2(port: PublishedPort) -> PublishedPort:
    if not port.any_port:
        raise Unobservable(None)
    return port


def x__any_port__mutmut_3(port: PublishedPort) -> PublishedPort:
    if not port.any_port:
        raise Unobservable("XXthis_observation_has_no_port_publishedXX")
    return port


def x__any_port__mutmut_4(port: PublishedPort) -> PublishedPort:
    if not port.any_port:
        raise Unobservable("THIS_OBSERVATION_HAS_NO_PORT_PUBLISHED")
    return port

mutants_x__any_port__mutmut['_mutmut_orig'] = x__any_port__mutmut_orig # type: ignore # mutmut generated
mutants_x__any_port__mutmut['x__any_port__mutmut_1'] = x__any_port__mutmut_1 # type: ignore # mutmut generated
mutants_x__any_port__mutmut['x__any_port__mutmut_2'] = x__any_port__mutmut_2 # type: ignore # mutmut generated
mutants_x__any_port__mutmut['x__any_port__mutmut_3'] = x__any_port__mutmut_3 # type: ignore # mutmut generated
mutants_x__any_port__mutmut['x__any_port__mutmut_4'] = x__any_port__mutmut_4 # type: ignore # mutmut generated
mutants_x_every_address__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_every_address__mutmut)
def every_address(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_orig(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_1(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = None
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_2(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(None)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_3(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = None
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_4(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") and "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_5(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get(None) or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_6(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("XXHostIpXX") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_7(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("hostip") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_8(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HOSTIP") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_9(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "XXXX" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_10(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") and []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_11(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(None) or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_12(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings and {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_13(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect(None, "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_14(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", None, tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_15(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", None, via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_16(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=None)
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_17(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_18(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_19(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_20(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), )
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_21(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("XXhostips_boundXX", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_22(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("HOSTIPS_BOUND", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_23(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "XXports.any_host_ipsXX", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_24(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "PORTS.ANY_HOST_IPS", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_25(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(None), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_26(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(None)), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_27(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(None))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_28(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: None)
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_29(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(None))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_30(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(None)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_31(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} | set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_32(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"XX0.0.0.0XX", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_33(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "XX127.0.0.1XX"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_34(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(None):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_35(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact(None, "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_36(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", None, port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_37(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", None)
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_38(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_39(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_40(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", )
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_41(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("XXread_through_127_0_0_1XX", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_42(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("READ_THROUGH_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_43(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "XXconformanceXX", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_44(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "CONFORMANCE", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_45(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get(None))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_46(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("XX127.0.0.1XX"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_47(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect(None, "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_48(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", None, port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_49(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", None)
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_50(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_51(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_52(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", )
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_53(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("XXread_through_1_portXX", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_54(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("READ_THROUGH_1_PORT", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_55(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "XXports.ipv6_loopbackXX", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_56(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "PORTS.IPV6_LOOPBACK", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_57(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get(None) == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_58(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("XX::1XX") == "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_59(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") != "conformance")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_60(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "XXconformanceXX")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_61(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "CONFORMANCE")
    j.attach("docker port (inspect)", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_62(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach(None, f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_63(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", None)


def x_every_address__mutmut_64(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach(f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_65(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("docker port (inspect)", )


def x_every_address__mutmut_66(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("XXdocker port (inspect)XX", f"PORT={port.any_port}: {port.any_bindings}")


def x_every_address__mutmut_67(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published without an address binds every host address, IPv4 and IPv6.

    Documented: -p PORT:8080: HostIp {ports.any_host_ips} in docker port; reachable on 127.0.0.1 and (when
        {ports.ipv6_loopback}) on [::1] (the userland proxy maps v6 to v4)
    Ko documented: -p PORT:8080: docker port의 HostIp {ports.any_host_ips}; 127.0.0.1로, 그리고
        ({ports.ipv6_loopback}이면) [::1]로 닿는다 (userland proxy가 v6를 v4로 잇는다)
    By hand: docker run -d -p PORT:8080 busybox nc -ll -p 8080 -e echo hi; docker port <it>;
        nc 127.0.0.1 PORT; nc ::1 PORT
    Title: -p PORT:8080 binds {ports.any_host_ips}
    Ko: 주소 없이 공개한 포트는 호스트의 모든 주소(IPv4와 IPv6)에 묶인다.
    Ko title: -p PORT:8080은 {ports.any_host_ips}에 묶인다
    """
    port = _any_port(port)
    bound = [b.get("HostIp") or "" for b in (port.any_bindings or {}).get(f"{port.container_port}/tcp") or []]
    j.expect("hostips_bound", "ports.any_host_ips", tuple(sorted(set(bound))), via=lambda v: tuple(sorted(v)))
    if {"0.0.0.0", "127.0.0.1"} & set(profile.ports.any_host_ips):  # (dockerd --ip may bind another)
        j.fact("read_through_127_0_0_1", "conformance", port.any_received.get("127.0.0.1"))
    j.expect("read_through_1_port", "ports.ipv6_loopback", port.any_received.get("::1") == "conformance")
    j.attach("DOCKER PORT (INSPECT)", f"PORT={port.any_port}: {port.any_bindings}")

mutants_x_every_address__mutmut['_mutmut_orig'] = x_every_address__mutmut_orig # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_1'] = x_every_address__mutmut_1 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_2'] = x_every_address__mutmut_2 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_3'] = x_every_address__mutmut_3 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_4'] = x_every_address__mutmut_4 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_5'] = x_every_address__mutmut_5 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_6'] = x_every_address__mutmut_6 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_7'] = x_every_address__mutmut_7 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_8'] = x_every_address__mutmut_8 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_9'] = x_every_address__mutmut_9 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_10'] = x_every_address__mutmut_10 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_11'] = x_every_address__mutmut_11 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_12'] = x_every_address__mutmut_12 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_13'] = x_every_address__mutmut_13 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_14'] = x_every_address__mutmut_14 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_15'] = x_every_address__mutmut_15 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_16'] = x_every_address__mutmut_16 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_17'] = x_every_address__mutmut_17 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_18'] = x_every_address__mutmut_18 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_19'] = x_every_address__mutmut_19 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_20'] = x_every_address__mutmut_20 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_21'] = x_every_address__mutmut_21 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_22'] = x_every_address__mutmut_22 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_23'] = x_every_address__mutmut_23 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_24'] = x_every_address__mutmut_24 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_25'] = x_every_address__mutmut_25 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_26'] = x_every_address__mutmut_26 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_27'] = x_every_address__mutmut_27 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_28'] = x_every_address__mutmut_28 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_29'] = x_every_address__mutmut_29 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_30'] = x_every_address__mutmut_30 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_31'] = x_every_address__mutmut_31 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_32'] = x_every_address__mutmut_32 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_33'] = x_every_address__mutmut_33 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_34'] = x_every_address__mutmut_34 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_35'] = x_every_address__mutmut_35 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_36'] = x_every_address__mutmut_36 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_37'] = x_every_address__mutmut_37 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_38'] = x_every_address__mutmut_38 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_39'] = x_every_address__mutmut_39 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_40'] = x_every_address__mutmut_40 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_41'] = x_every_address__mutmut_41 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_42'] = x_every_address__mutmut_42 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_43'] = x_every_address__mutmut_43 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_44'] = x_every_address__mutmut_44 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_45'] = x_every_address__mutmut_45 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_46'] = x_every_address__mutmut_46 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_47'] = x_every_address__mutmut_47 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_48'] = x_every_address__mutmut_48 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_49'] = x_every_address__mutmut_49 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_50'] = x_every_address__mutmut_50 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_51'] = x_every_address__mutmut_51 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_52'] = x_every_address__mutmut_52 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_53'] = x_every_address__mutmut_53 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_54'] = x_every_address__mutmut_54 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_55'] = x_every_address__mutmut_55 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_56'] = x_every_address__mutmut_56 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_57'] = x_every_address__mutmut_57 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_58'] = x_every_address__mutmut_58 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_59'] = x_every_address__mutmut_59 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_60'] = x_every_address__mutmut_60 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_61'] = x_every_address__mutmut_61 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_62'] = x_every_address__mutmut_62 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_63'] = x_every_address__mutmut_63 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_64'] = x_every_address__mutmut_64 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_65'] = x_every_address__mutmut_65 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_66'] = x_every_address__mutmut_66 # type: ignore # mutmut generated
mutants_x_every_address__mutmut['x_every_address__mutmut_67'] = x_every_address__mutmut_67 # type: ignore # mutmut generated


claim("D-PORT-2", observes="published_port")(every_address)
mutants_x__outside__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__outside__mutmut)
def _outside(port: PublishedPort) -> PublishedPort:
    if not port.from_outside:
        raise Unobservable("no_outside_namespace_was_made_needs", needs=SYS_ADMIN)
    return port


def x__outside__mutmut_orig(port: PublishedPort) -> PublishedPort:
    if not port.from_outside:
        raise Unobservable("no_outside_namespace_was_made_needs", needs=SYS_ADMIN)
    return port


def x__outside__mutmut_1(port: PublishedPort) -> PublishedPort:
    if port.from_outside:
        raise Unobservable("no_outside_namespace_was_made_needs", needs=SYS_ADMIN)
    return port


def x__outside__mutmut_2(port: PublishedPort) -> PublishedPort:
    if not port.from_outside:
        raise Unobservable(None, needs=SYS_ADMIN)
    return port


def x__outside__mutmut_3(port: PublishedPort) -> PublishedPort:
    if not port.from_outside:
        raise Unobservable("no_outside_namespace_was_made_needs", needs=None)
    return port


def x__outside__mutmut_4(port: PublishedPort) -> PublishedPort:
    if not port.from_outside:
        raise Unobservable(needs=SYS_ADMIN)
    return port


def x__outside__mutmut_5(port: PublishedPort) -> PublishedPort:
    if not port.from_outside:
        raise Unobservable("no_outside_namespace_was_made_needs", )
    return port


def x__outside__mutmut_6(port: PublishedPort) -> PublishedPort:
    if not port.from_outside:
        raise Unobservable("XXno_outside_namespace_was_made_needsXX", needs=SYS_ADMIN)
    return port


def x__outside__mutmut_7(port: PublishedPort) -> PublishedPort:
    if not port.from_outside:
        raise Unobservable("NO_OUTSIDE_NAMESPACE_WAS_MADE_NEEDS", needs=SYS_ADMIN)
    return port

mutants_x__outside__mutmut['_mutmut_orig'] = x__outside__mutmut_orig # type: ignore # mutmut generated
mutants_x__outside__mutmut['x__outside__mutmut_1'] = x__outside__mutmut_1 # type: ignore # mutmut generated
mutants_x__outside__mutmut['x__outside__mutmut_2'] = x__outside__mutmut_2 # type: ignore # mutmut generated
mutants_x__outside__mutmut['x__outside__mutmut_3'] = x__outside__mutmut_3 # type: ignore # mutmut generated
mutants_x__outside__mutmut['x__outside__mutmut_4'] = x__outside__mutmut_4 # type: ignore # mutmut generated
mutants_x__outside__mutmut['x__outside__mutmut_5'] = x__outside__mutmut_5 # type: ignore # mutmut generated
mutants_x__outside__mutmut['x__outside__mutmut_6'] = x__outside__mutmut_6 # type: ignore # mutmut generated
mutants_x__outside__mutmut['x__outside__mutmut_7'] = x__outside__mutmut_7 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_loopback_only__mutmut)
def loopback_only(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_orig(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_1(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = None
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_2(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(None)
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_3(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(None))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_4(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        None, "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_5(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", None, port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_6(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", None, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_7(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=None
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_8(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_9(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_10(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_11(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_12(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "XXread_through_portXX", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_13(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "READ_THROUGH_PORT", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_14(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "XXconformanceXX", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_15(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "CONFORMANCE", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_16(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen(None, port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_17(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", None)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_18(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen(port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_19(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", )
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_20(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("XXthe loopback addressXX", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_21(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("THE LOOPBACK ADDRESS", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_22(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact(None, "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_23(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", None, port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_24(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", None)
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_25(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_26(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_27(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", )
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_28(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("XXoutside_reaches_host_address_there_atXX", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_29(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("OUTSIDE_REACHES_HOST_ADDRESS_THERE_AT", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_30(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "XXconformanceXX", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_31(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "CONFORMANCE", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_32(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get(None))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_33(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("XXany portXX"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_34(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("ANY PORT"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_35(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        None,
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_36(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        None,
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_37(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        None,
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_38(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_39(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_40(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_41(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "XXoutside_refused_at_host_address_thereXX",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_42(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "OUTSIDE_REFUSED_AT_HOST_ADDRESS_THERE",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_43(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "XXports.loopback_onlyXX",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_44(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "PORTS.LOOPBACK_ONLY",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_45(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get(None) == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_46(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("XXloopback portXX") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_47(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("LOOPBACK PORT") == "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_48(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") != "",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_49(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "XXXX",
    )
    j.attach(
        "addresses",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_50(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        None,
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_51(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        None,
    )


def x_loopback_only__mutmut_52(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_53(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "addresses",
        )


def x_loopback_only__mutmut_54(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "XXaddressesXX",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )


def x_loopback_only__mutmut_55(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A port published on loopback is reachable on loopback only.

    Documented: -p 127.0.0.1:PORT:8080 connects from the host on 127.0.0.1; refused (when
        {ports.loopback_only}) from another namespace through the host's address there
    Ko documented: -p 127.0.0.1:PORT:8080은 호스트에서 127.0.0.1로 연결된다; 다른 네임스페이스에서 그곳의
        호스트 주소로는 ({ports.loopback_only}이면) 거절된다
    By hand: docker run -d -p 127.0.0.1:PORT:8080 busybox nc -ll -p 8080 -e echo hi; nc 127.0.0.1 PORT;
        ip netns exec out nc 198.51.100.1 PORT  # an outside the suite made
    Title: A port published on 127.0.0.1 is not reachable through another address
    Ko: 루프백에 공개한 포트는 루프백에서만 닿는다.
    Ko title: 127.0.0.1에 공개한 포트는 다른 주소로는 닿지 않는다
    Not applicable with: ip-forward=false
    """
    port = _outside(_any_port(port))
    j.fact(
        "read_through_port", "conformance", port.received, host_ip=seen("the loopback address", port.host_ip)
    )
    j.fact("outside_reaches_host_address_there_at", "conformance", port.from_outside.get("any port"))
    j.expect(
        "outside_refused_at_host_address_there",
        "ports.loopback_only",
        port.from_outside.get("loopback port") == "",
    )
    j.attach(
        "ADDRESSES",
        f"host address {port.host_address}; {port.host_ip}:{port.host_port} and *:{port.any_port} published",
    )

mutants_x_loopback_only__mutmut['_mutmut_orig'] = x_loopback_only__mutmut_orig # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_1'] = x_loopback_only__mutmut_1 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_2'] = x_loopback_only__mutmut_2 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_3'] = x_loopback_only__mutmut_3 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_4'] = x_loopback_only__mutmut_4 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_5'] = x_loopback_only__mutmut_5 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_6'] = x_loopback_only__mutmut_6 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_7'] = x_loopback_only__mutmut_7 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_8'] = x_loopback_only__mutmut_8 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_9'] = x_loopback_only__mutmut_9 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_10'] = x_loopback_only__mutmut_10 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_11'] = x_loopback_only__mutmut_11 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_12'] = x_loopback_only__mutmut_12 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_13'] = x_loopback_only__mutmut_13 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_14'] = x_loopback_only__mutmut_14 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_15'] = x_loopback_only__mutmut_15 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_16'] = x_loopback_only__mutmut_16 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_17'] = x_loopback_only__mutmut_17 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_18'] = x_loopback_only__mutmut_18 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_19'] = x_loopback_only__mutmut_19 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_20'] = x_loopback_only__mutmut_20 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_21'] = x_loopback_only__mutmut_21 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_22'] = x_loopback_only__mutmut_22 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_23'] = x_loopback_only__mutmut_23 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_24'] = x_loopback_only__mutmut_24 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_25'] = x_loopback_only__mutmut_25 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_26'] = x_loopback_only__mutmut_26 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_27'] = x_loopback_only__mutmut_27 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_28'] = x_loopback_only__mutmut_28 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_29'] = x_loopback_only__mutmut_29 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_30'] = x_loopback_only__mutmut_30 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_31'] = x_loopback_only__mutmut_31 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_32'] = x_loopback_only__mutmut_32 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_33'] = x_loopback_only__mutmut_33 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_34'] = x_loopback_only__mutmut_34 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_35'] = x_loopback_only__mutmut_35 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_36'] = x_loopback_only__mutmut_36 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_37'] = x_loopback_only__mutmut_37 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_38'] = x_loopback_only__mutmut_38 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_39'] = x_loopback_only__mutmut_39 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_40'] = x_loopback_only__mutmut_40 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_41'] = x_loopback_only__mutmut_41 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_42'] = x_loopback_only__mutmut_42 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_43'] = x_loopback_only__mutmut_43 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_44'] = x_loopback_only__mutmut_44 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_45'] = x_loopback_only__mutmut_45 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_46'] = x_loopback_only__mutmut_46 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_47'] = x_loopback_only__mutmut_47 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_48'] = x_loopback_only__mutmut_48 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_49'] = x_loopback_only__mutmut_49 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_50'] = x_loopback_only__mutmut_50 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_51'] = x_loopback_only__mutmut_51 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_52'] = x_loopback_only__mutmut_52 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_53'] = x_loopback_only__mutmut_53 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_54'] = x_loopback_only__mutmut_54 # type: ignore # mutmut generated
mutants_x_loopback_only__mutmut['x_loopback_only__mutmut_55'] = x_loopback_only__mutmut_55 # type: ignore # mutmut generated


claim("D-PORT-3", observes="published_port")(loopback_only)
mutants_x_hairpin__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_hairpin__mutmut)
def hairpin(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_orig(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_1(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = None
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_2(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(None)
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_3(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(None))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_4(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(None):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_5(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect(None, "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_6(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", None, "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_7(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", None, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_8(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=None)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_9(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_10(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_11(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_12(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, )
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_13(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("XXreads_through_host_addressXX", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_14(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("READS_THROUGH_HOST_ADDRESS", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_15(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "XXports.hairpinXX", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_16(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "PORTS.HAIRPIN", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_17(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "XXconformanceXX" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_18(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "CONFORMANCE" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_19(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" not in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(nothing read)")


def x_hairpin__mutmut_20(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(None, nc.output or "(nothing read)")


def x_hairpin__mutmut_21(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", None)


def x_hairpin__mutmut_22(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(nc.output or "(nothing read)")


def x_hairpin__mutmut_23(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", )


def x_hairpin__mutmut_24(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output and "(nothing read)")


def x_hairpin__mutmut_25(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "XX(nothing read)XX")


def x_hairpin__mutmut_26(j: Judgement, port: PublishedPort, profile: Profile) -> None:
    """A container reaches a published port through the host's address, its own included.

    Documented: another container, and the publishing container itself, connect to <host address>:PORT (when
        {ports.hairpin})
    Ko documented: 다른 컨테이너와, 포트를 공개한 컨테이너 자신이 <호스트 주소>:PORT에 연결된다
        ({ports.hairpin}일 때)
    By hand: docker exec client nc <host address> PORT; docker exec listener nc <host address> PORT
    Title: Containers reach a published port through the host's address (hairpin)
    Ko: 컨테이너는 호스트 주소를 통해 공개된 포트에 닿는다. 자기 자신의 포트도 마찬가지다.
    Ko title: 컨테이너가 호스트 주소로 공개된 포트에 닿는다 (헤어핀)
    """
    port = _outside(_any_port(port))
    for who, nc in sorted(port.hairpin.items()):
        j.expect("reads_through_host_address", "ports.hairpin", "conformance" in nc.output, who=who)
        j.attach(f"{who}: {nc.command}", nc.output or "(NOTHING READ)")

mutants_x_hairpin__mutmut['_mutmut_orig'] = x_hairpin__mutmut_orig # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_1'] = x_hairpin__mutmut_1 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_2'] = x_hairpin__mutmut_2 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_3'] = x_hairpin__mutmut_3 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_4'] = x_hairpin__mutmut_4 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_5'] = x_hairpin__mutmut_5 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_6'] = x_hairpin__mutmut_6 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_7'] = x_hairpin__mutmut_7 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_8'] = x_hairpin__mutmut_8 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_9'] = x_hairpin__mutmut_9 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_10'] = x_hairpin__mutmut_10 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_11'] = x_hairpin__mutmut_11 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_12'] = x_hairpin__mutmut_12 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_13'] = x_hairpin__mutmut_13 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_14'] = x_hairpin__mutmut_14 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_15'] = x_hairpin__mutmut_15 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_16'] = x_hairpin__mutmut_16 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_17'] = x_hairpin__mutmut_17 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_18'] = x_hairpin__mutmut_18 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_19'] = x_hairpin__mutmut_19 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_20'] = x_hairpin__mutmut_20 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_21'] = x_hairpin__mutmut_21 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_22'] = x_hairpin__mutmut_22 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_23'] = x_hairpin__mutmut_23 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_24'] = x_hairpin__mutmut_24 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_25'] = x_hairpin__mutmut_25 # type: ignore # mutmut generated
mutants_x_hairpin__mutmut['x_hairpin__mutmut_26'] = x_hairpin__mutmut_26 # type: ignore # mutmut generated


claim("D-HAIRPIN-1", observes="published_port")(hairpin)
