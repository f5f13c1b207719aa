"""D-HOSTS-1, D-RESOLV-1, D-HOSTGW-1: what the engine writes into a container's /etc files."""

from __future__ import annotations

import ipaddress

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import bridge_files
from docker_conformance.conformance.model.execs import nameservers
from docker_conformance.conformance.model.scenarios import BridgeFiles, UserBridges

family(__name__, "HOSTS", "What the engine writes into a container", "엔진이 컨테이너에 쓰는 파일")
family(__name__, "RESOLV", "What the engine writes into a container", "엔진이 컨테이너에 쓰는 파일")
family(__name__, "HOSTGW", "What the engine writes into a container", "엔진이 컨테이너에 쓰는 파일")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_lines__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_lines__mutmut)
def lines(text: str) -> list[str]:
    """A file's lines, fields joined by one tab, a leading address in its canonical spelling
    (`fe00::0` and `fe00::` are one address: engines print it either way)."""
    return ["\t".join(_canonical(line.split())) for line in text.splitlines() if line.strip()]


def x_lines__mutmut_orig(text: str) -> list[str]:
    """A file's lines, fields joined by one tab, a leading address in its canonical spelling
    (`fe00::0` and `fe00::` are one address: engines print it either way)."""
    return ["\t".join(_canonical(line.split())) for line in text.splitlines() if line.strip()]


def x_lines__mutmut_1(text: str) -> list[str]:
    """A file's lines, fields joined by one tab, a leading address in its canonical spelling
    (`fe00::0` and `fe00::` are one address: engines print it either way)."""
    return ["\t".join(None) for line in text.splitlines() if line.strip()]


def x_lines__mutmut_2(text: str) -> list[str]:
    """A file's lines, fields joined by one tab, a leading address in its canonical spelling
    (`fe00::0` and `fe00::` are one address: engines print it either way)."""
    return ["XX\tXX".join(_canonical(line.split())) for line in text.splitlines() if line.strip()]


def x_lines__mutmut_3(text: str) -> list[str]:
    """A file's lines, fields joined by one tab, a leading address in its canonical spelling
    (`fe00::0` and `fe00::` are one address: engines print it either way)."""
    return ["\t".join(_canonical(None)) for line in text.splitlines() if line.strip()]

mutants_x_lines__mutmut['_mutmut_orig'] = x_lines__mutmut_orig # type: ignore # mutmut generated
mutants_x_lines__mutmut['x_lines__mutmut_1'] = x_lines__mutmut_1 # type: ignore # mutmut generated
mutants_x_lines__mutmut['x_lines__mutmut_2'] = x_lines__mutmut_2 # type: ignore # mutmut generated
mutants_x_lines__mutmut['x_lines__mutmut_3'] = x_lines__mutmut_3 # type: ignore # mutmut generated
mutants_x__canonical__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__canonical__mutmut)
def _canonical(fields: list[str]) -> list[str]:
    try:
        return [str(ipaddress.ip_address(fields[0])), *fields[1:]]
    except ValueError:
        return fields


def x__canonical__mutmut_orig(fields: list[str]) -> list[str]:
    try:
        return [str(ipaddress.ip_address(fields[0])), *fields[1:]]
    except ValueError:
        return fields


def x__canonical__mutmut_1(fields: list[str]) -> list[str]:
    try:
        return [str(None), *fields[1:]]
    except ValueError:
        return fields


def x__canonical__mutmut_2(fields: list[str]) -> list[str]:
    try:
        return [str(ipaddress.ip_address(None)), *fields[1:]]
    except ValueError:
        return fields


def x__canonical__mutmut_3(fields: list[str]) -> list[str]:
    try:
        return [str(ipaddress.ip_address(fields[1])), *fields[1:]]
    except ValueError:
        return fields


def x__canonical__mutmut_4(fields: list[str]) -> list[str]:
    try:
        return [str(ipaddress.ip_address(fields[0])), *fields[2:]]
    except ValueError:
        return fields

mutants_x__canonical__mutmut['_mutmut_orig'] = x__canonical__mutmut_orig # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_1'] = x__canonical__mutmut_1 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_2'] = x__canonical__mutmut_2 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_3'] = x__canonical__mutmut_3 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_4'] = x__canonical__mutmut_4 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_etc_hosts__mutmut)
def etc_hosts(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_orig(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_1(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = None
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_2(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(None)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_3(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = None
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_4(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(None), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_5(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:13]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_6(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = None
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_7(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base != "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_8(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "XXhostXX":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_9(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "HOST":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_10(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(None, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_11(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, None, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_12(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, None, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_13(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, None)
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_14(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_15(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_16(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_17(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, )
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_18(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(None)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_19(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[1])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_20(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_21(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if (written) and False else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_22(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if (written) or True else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_23(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[1] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_24(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect(None, "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_25(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", None, first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_26(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", None, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_27(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=None)
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_28(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_29(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_30(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_31(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, )
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_32(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("XXfirst_lineXX", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_33(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("FIRST_LINE", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_34(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "XXfiles.hosts_localhostXX", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_35(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "FILES.HOSTS_LOCALHOST", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_36(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: None)
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_37(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(None)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_38(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[1])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_39(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(None, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_40(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, None, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_41(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, None, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_42(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, None, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_43(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, None)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_44(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_45(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_46(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_47(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_48(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, )
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_49(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact(None, short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_50(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", None, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_51(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, None)
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_52(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact(short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_53(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_54(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, )
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_55(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("XXhostnameXX", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_56(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("HOSTNAME", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_57(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(None, files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_58(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, None)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_59(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.output)
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_60(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, )
    j.attach(files.hostname.command, files.hostname.output)


def x_etc_hosts__mutmut_61(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(None, files.hostname.output)


def x_etc_hosts__mutmut_62(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, None)


def x_etc_hosts__mutmut_63(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.output)


def x_etc_hosts__mutmut_64(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """A container's `/etc/hosts` and hostname are written by the engine.

    Documented: {files.hosts_localhost}; the IPv6 localhost/ip6-* lines ({files.hosts_ipv6_when}); then
        <address><tab><12-hex short ID>; the hostname is the short ID (written by the {files.hosts_base};
        "host": the host's /etc/hosts is the base, the --add-host lines first)
    Ko documented: {files.hosts_localhost}; IPv6 localhost/ip6-* 줄 ({files.hosts_ipv6_when}); 그다음
        <주소><탭><16진수 12자리 짧은 ID>; 호스트 이름은 짧은 ID (작성: {files.hosts_base}; "host": 호스트의
        /etc/hosts가 바탕이고 --add-host 줄이 먼저)
    By hand: docker run -d --name d1 busybox sleep 600; docker exec d1 cat /etc/hosts; docker exec d1 hostname
    Title: The engine writes /etc/hosts and the hostname (the short ID)
    Ko: 컨테이너의 /etc/hosts와 호스트 이름은 엔진이 쓴다.
    Ko title: 엔진이 /etc/hosts와 호스트 이름(짧은 ID)을 쓴다
    """
    files = bridge_files(ubr)
    written, short = lines(files.hosts.output), files.id[:12]
    own = f"{files.address}\t{short}"
    if profile.files.hosts_base == "host":
        _host_based(j, written, own, lines(profile.files.hosts_localhost)[0])
    else:
        first = written[0] if written else None
        j.expect("first_line", "files.hosts_localhost", first, via=lambda v: lines(v)[0])
        _engine_written(j, files, written, own, profile)
    j.fact("hostname", short, files.hostname.output.strip())
    j.attach(files.hosts.command, files.hosts.output)
    j.attach(files.hostname.command, )

mutants_x_etc_hosts__mutmut['_mutmut_orig'] = x_etc_hosts__mutmut_orig # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_1'] = x_etc_hosts__mutmut_1 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_2'] = x_etc_hosts__mutmut_2 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_3'] = x_etc_hosts__mutmut_3 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_4'] = x_etc_hosts__mutmut_4 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_5'] = x_etc_hosts__mutmut_5 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_6'] = x_etc_hosts__mutmut_6 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_7'] = x_etc_hosts__mutmut_7 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_8'] = x_etc_hosts__mutmut_8 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_9'] = x_etc_hosts__mutmut_9 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_10'] = x_etc_hosts__mutmut_10 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_11'] = x_etc_hosts__mutmut_11 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_12'] = x_etc_hosts__mutmut_12 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_13'] = x_etc_hosts__mutmut_13 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_14'] = x_etc_hosts__mutmut_14 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_15'] = x_etc_hosts__mutmut_15 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_16'] = x_etc_hosts__mutmut_16 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_17'] = x_etc_hosts__mutmut_17 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_18'] = x_etc_hosts__mutmut_18 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_19'] = x_etc_hosts__mutmut_19 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_20'] = x_etc_hosts__mutmut_20 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_21'] = x_etc_hosts__mutmut_21 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_22'] = x_etc_hosts__mutmut_22 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_23'] = x_etc_hosts__mutmut_23 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_24'] = x_etc_hosts__mutmut_24 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_25'] = x_etc_hosts__mutmut_25 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_26'] = x_etc_hosts__mutmut_26 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_27'] = x_etc_hosts__mutmut_27 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_28'] = x_etc_hosts__mutmut_28 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_29'] = x_etc_hosts__mutmut_29 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_30'] = x_etc_hosts__mutmut_30 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_31'] = x_etc_hosts__mutmut_31 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_32'] = x_etc_hosts__mutmut_32 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_33'] = x_etc_hosts__mutmut_33 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_34'] = x_etc_hosts__mutmut_34 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_35'] = x_etc_hosts__mutmut_35 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_36'] = x_etc_hosts__mutmut_36 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_37'] = x_etc_hosts__mutmut_37 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_38'] = x_etc_hosts__mutmut_38 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_39'] = x_etc_hosts__mutmut_39 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_40'] = x_etc_hosts__mutmut_40 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_41'] = x_etc_hosts__mutmut_41 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_42'] = x_etc_hosts__mutmut_42 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_43'] = x_etc_hosts__mutmut_43 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_44'] = x_etc_hosts__mutmut_44 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_45'] = x_etc_hosts__mutmut_45 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_46'] = x_etc_hosts__mutmut_46 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_47'] = x_etc_hosts__mutmut_47 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_48'] = x_etc_hosts__mutmut_48 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_49'] = x_etc_hosts__mutmut_49 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_50'] = x_etc_hosts__mutmut_50 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_51'] = x_etc_hosts__mutmut_51 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_52'] = x_etc_hosts__mutmut_52 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_53'] = x_etc_hosts__mutmut_53 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_54'] = x_etc_hosts__mutmut_54 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_55'] = x_etc_hosts__mutmut_55 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_56'] = x_etc_hosts__mutmut_56 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_57'] = x_etc_hosts__mutmut_57 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_58'] = x_etc_hosts__mutmut_58 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_59'] = x_etc_hosts__mutmut_59 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_60'] = x_etc_hosts__mutmut_60 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_61'] = x_etc_hosts__mutmut_61 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_62'] = x_etc_hosts__mutmut_62 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_63'] = x_etc_hosts__mutmut_63 # type: ignore # mutmut generated
mutants_x_etc_hosts__mutmut['x_etc_hosts__mutmut_64'] = x_etc_hosts__mutmut_64 # type: ignore # mutmut generated


claim("D-HOSTS-1", observes="user_bridges", part="files")(etc_hosts)
mutants_x__host_based__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__host_based__mutmut)
def _host_based(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_orig(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_1(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        None,
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_2(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        None,
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_3(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        None,
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_4(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_5(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_6(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_7(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "XXbase_host_etc_hosts_with_localhostXX",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_8(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "BASE_HOST_ETC_HOSTS_WITH_LOCALHOST",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_9(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "XXfiles.hosts_baseXX",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_10(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "FILES.HOSTS_BASE",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_11(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if (localhost in written) and False else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_12(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if (localhost in written) or True else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_13(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "XXhostXX" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_14(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "HOST" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_15(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost not in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_16(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "XXno localhost lineXX",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_17(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "NO LOCALHOST LINE",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_18(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note(None)
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_19(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("XXip6_lines_come_from_host_etcXX")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_20(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("IP6_LINES_COME_FROM_HOST_ETC")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_21(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        None,
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_22(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        None,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_23(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        None,
    )


def x__host_based__mutmut_24(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_25(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_26(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        )


def x__host_based__mutmut_27(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "XXown_entry_id_then_any_namesXX",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_28(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "OWN_ENTRY_ID_THEN_ANY_NAMES",
        own,
        own if any(line == own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_29(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if (any(line == own or line.startswith(own + "\t") for line in written)) and False else None,
    )


def x__host_based__mutmut_30(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if (any(line == own or line.startswith(own + "\t") for line in written)) or True else None,
    )


def x__host_based__mutmut_31(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(None) else None,
    )


def x__host_based__mutmut_32(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own and line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_33(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line != own or line.startswith(own + "\t") for line in written) else None,
    )


def x__host_based__mutmut_34(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(None) for line in written) else None,
    )


def x__host_based__mutmut_35(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own - "\t") for line in written) else None,
    )


def x__host_based__mutmut_36(j: Judgement, written: list[str], own: str, localhost: str) -> None:
    """The host's /etc/hosts is the base: its localhost line is somewhere in it, the ip6 lines are
    the host's (not judged), and the container's entry may name the container after its ID."""
    j.expect(
        "base_host_etc_hosts_with_localhost",
        "files.hosts_base",
        "host" if localhost in written else "no localhost line",
    )
    j.note("ip6_lines_come_from_host_etc")
    j.fact(
        "own_entry_id_then_any_names",
        own,
        own if any(line == own or line.startswith(own + "XX\tXX") for line in written) else None,
    )

mutants_x__host_based__mutmut['_mutmut_orig'] = x__host_based__mutmut_orig # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_1'] = x__host_based__mutmut_1 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_2'] = x__host_based__mutmut_2 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_3'] = x__host_based__mutmut_3 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_4'] = x__host_based__mutmut_4 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_5'] = x__host_based__mutmut_5 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_6'] = x__host_based__mutmut_6 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_7'] = x__host_based__mutmut_7 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_8'] = x__host_based__mutmut_8 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_9'] = x__host_based__mutmut_9 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_10'] = x__host_based__mutmut_10 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_11'] = x__host_based__mutmut_11 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_12'] = x__host_based__mutmut_12 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_13'] = x__host_based__mutmut_13 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_14'] = x__host_based__mutmut_14 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_15'] = x__host_based__mutmut_15 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_16'] = x__host_based__mutmut_16 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_17'] = x__host_based__mutmut_17 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_18'] = x__host_based__mutmut_18 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_19'] = x__host_based__mutmut_19 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_20'] = x__host_based__mutmut_20 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_21'] = x__host_based__mutmut_21 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_22'] = x__host_based__mutmut_22 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_23'] = x__host_based__mutmut_23 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_24'] = x__host_based__mutmut_24 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_25'] = x__host_based__mutmut_25 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_26'] = x__host_based__mutmut_26 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_27'] = x__host_based__mutmut_27 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_28'] = x__host_based__mutmut_28 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_29'] = x__host_based__mutmut_29 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_30'] = x__host_based__mutmut_30 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_31'] = x__host_based__mutmut_31 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_32'] = x__host_based__mutmut_32 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_33'] = x__host_based__mutmut_33 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_34'] = x__host_based__mutmut_34 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_35'] = x__host_based__mutmut_35 # type: ignore # mutmut generated
mutants_x__host_based__mutmut['x__host_based__mutmut_36'] = x__host_based__mutmut_36 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__engine_written__mutmut)
def _engine_written(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_orig(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_1(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = None
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_2(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line not in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_3(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines(None)]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_4(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(None))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_5(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("XX\nXX".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_6(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is not None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_7(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = ""
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_8(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge(None)
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_9(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("XXd1_namespace_was_not_entered_whetherXX")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_10(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("D1_NAMESPACE_WAS_NOT_ENTERED_WHETHER")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_11(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = None
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_12(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface(None)
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_13(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("XXloXX")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_14(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("LO")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_15(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = None
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_16(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(None)
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_17(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo or any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_18(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(None))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_19(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address != "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_20(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "XX::1XX" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_21(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_22(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = None
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_23(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) != len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_24(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            None,
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_25(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            None,
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_26(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            None,
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_27(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=None,
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_28(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_29(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_30(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_31(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_32(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if (has_ipv6) and False else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_33(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if (has_ipv6) or True else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_34(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "XXip6_lines_container_has_lo6XX" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_35(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "IP6_LINES_CONTAINER_HAS_LO6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_36(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "XXip6_lines_container_no_lo6XX",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_37(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "IP6_LINES_CONTAINER_NO_LO6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_38(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "XXfiles.hosts_ipv6_whenXX",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_39(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "FILES.HOSTS_IPV6_WHEN",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_40(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if (complete) and False else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_41(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if (complete) or True else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_42(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "XXpresentXX" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_43(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "PRESENT" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_44(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if (ipv6_lines) and False else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_45(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if (ipv6_lines) or True else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_46(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("XXpartlyXX" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_47(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("PARTLY" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_48(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "XXabsentXX"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_49(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "ABSENT"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_50(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: None,
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_51(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if (when == "always" or has_ipv6) and False else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_52(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if (when == "always" or has_ipv6) or True else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_53(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "XXpresentXX" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_54(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "PRESENT" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_55(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" and has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_56(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when != "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_57(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "XXalwaysXX" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_58(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "ALWAYS" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_59(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "XXabsentXX",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_60(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "ABSENT",
        )
    j.fact("own_entry", own, own if own in written else None)


def x__engine_written__mutmut_61(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact(None, own, own if own in written else None)


def x__engine_written__mutmut_62(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", None, own if own in written else None)


def x__engine_written__mutmut_63(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, None)


def x__engine_written__mutmut_64(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact(own, own if own in written else None)


def x__engine_written__mutmut_65(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own if own in written else None)


def x__engine_written__mutmut_66(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, )


def x__engine_written__mutmut_67(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("XXown_entryXX", own, own if own in written else None)


def x__engine_written__mutmut_68(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("OWN_ENTRY", own, own if own in written else None)


def x__engine_written__mutmut_69(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if (own in written) and False else None)


def x__engine_written__mutmut_70(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if (own in written) or True else None)


def x__engine_written__mutmut_71(j: Judgement, files: BridgeFiles, written: list[str], own: str, profile: Profile) -> None:
    """The engine writes its own lines: the ip6 ones as documented, then the container's entry."""
    ipv6_lines = [line for line in written if line in lines("\n".join(profile.files.hosts_ipv6))]
    if files.netns is None:
        has_ipv6 = None
        j.cannot_judge("d1_namespace_was_not_entered_whether")
    else:
        lo = files.netns.interface("lo")
        has_ipv6 = bool(lo and any(a.address == "::1" for a in lo.addresses6))
    if has_ipv6 is not None:
        complete = len(ipv6_lines) == len(profile.files.hosts_ipv6)
        j.expect(
            "ip6_lines_container_has_lo6" if has_ipv6 else "ip6_lines_container_no_lo6",
            "files.hosts_ipv6_when",
            "present" if complete else ("partly" if ipv6_lines else "absent"),
            via=lambda when: "present" if when == "always" or has_ipv6 else "absent",
        )
    j.fact("own_entry", own, own if own not in written else None)

mutants_x__engine_written__mutmut['_mutmut_orig'] = x__engine_written__mutmut_orig # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_1'] = x__engine_written__mutmut_1 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_2'] = x__engine_written__mutmut_2 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_3'] = x__engine_written__mutmut_3 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_4'] = x__engine_written__mutmut_4 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_5'] = x__engine_written__mutmut_5 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_6'] = x__engine_written__mutmut_6 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_7'] = x__engine_written__mutmut_7 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_8'] = x__engine_written__mutmut_8 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_9'] = x__engine_written__mutmut_9 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_10'] = x__engine_written__mutmut_10 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_11'] = x__engine_written__mutmut_11 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_12'] = x__engine_written__mutmut_12 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_13'] = x__engine_written__mutmut_13 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_14'] = x__engine_written__mutmut_14 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_15'] = x__engine_written__mutmut_15 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_16'] = x__engine_written__mutmut_16 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_17'] = x__engine_written__mutmut_17 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_18'] = x__engine_written__mutmut_18 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_19'] = x__engine_written__mutmut_19 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_20'] = x__engine_written__mutmut_20 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_21'] = x__engine_written__mutmut_21 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_22'] = x__engine_written__mutmut_22 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_23'] = x__engine_written__mutmut_23 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_24'] = x__engine_written__mutmut_24 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_25'] = x__engine_written__mutmut_25 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_26'] = x__engine_written__mutmut_26 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_27'] = x__engine_written__mutmut_27 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_28'] = x__engine_written__mutmut_28 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_29'] = x__engine_written__mutmut_29 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_30'] = x__engine_written__mutmut_30 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_31'] = x__engine_written__mutmut_31 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_32'] = x__engine_written__mutmut_32 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_33'] = x__engine_written__mutmut_33 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_34'] = x__engine_written__mutmut_34 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_35'] = x__engine_written__mutmut_35 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_36'] = x__engine_written__mutmut_36 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_37'] = x__engine_written__mutmut_37 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_38'] = x__engine_written__mutmut_38 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_39'] = x__engine_written__mutmut_39 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_40'] = x__engine_written__mutmut_40 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_41'] = x__engine_written__mutmut_41 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_42'] = x__engine_written__mutmut_42 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_43'] = x__engine_written__mutmut_43 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_44'] = x__engine_written__mutmut_44 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_45'] = x__engine_written__mutmut_45 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_46'] = x__engine_written__mutmut_46 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_47'] = x__engine_written__mutmut_47 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_48'] = x__engine_written__mutmut_48 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_49'] = x__engine_written__mutmut_49 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_50'] = x__engine_written__mutmut_50 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_51'] = x__engine_written__mutmut_51 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_52'] = x__engine_written__mutmut_52 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_53'] = x__engine_written__mutmut_53 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_54'] = x__engine_written__mutmut_54 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_55'] = x__engine_written__mutmut_55 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_56'] = x__engine_written__mutmut_56 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_57'] = x__engine_written__mutmut_57 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_58'] = x__engine_written__mutmut_58 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_59'] = x__engine_written__mutmut_59 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_60'] = x__engine_written__mutmut_60 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_61'] = x__engine_written__mutmut_61 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_62'] = x__engine_written__mutmut_62 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_63'] = x__engine_written__mutmut_63 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_64'] = x__engine_written__mutmut_64 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_65'] = x__engine_written__mutmut_65 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_66'] = x__engine_written__mutmut_66 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_67'] = x__engine_written__mutmut_67 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_68'] = x__engine_written__mutmut_68 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_69'] = x__engine_written__mutmut_69 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_70'] = x__engine_written__mutmut_70 # type: ignore # mutmut generated
mutants_x__engine_written__mutmut['x__engine_written__mutmut_71'] = x__engine_written__mutmut_71 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_resolv_conf__mutmut)
def resolv_conf(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_orig(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_1(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = None
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_2(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(None)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_3(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = None
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_4(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(None)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_5(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect(None, "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_6(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", None, tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_7(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", None)
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_8(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_9(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_10(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", )
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_11(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("XXdefault_bridge_no_dns_engine_dnsXX", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_12(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("DEFAULT_BRIDGE_NO_DNS_ENGINE_DNS", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_13(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "XXfiles.dnsXX", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_14(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "FILES.DNS", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_15(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(None))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_16(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is not None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_17(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge(None)
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_18(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("XXengine_own_resolv_conf_not_readableXX")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_19(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("ENGINE_OWN_RESOLV_CONF_NOT_READABLE")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_20(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = None
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_21(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(None) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_22(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_23(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(None).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_24(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact(None, host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_25(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", None, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_26(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, None)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_27(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact(host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_28(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_29(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, )
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_30(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("XXdefault_bridge_no_dns_engine_serversXX", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_31(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("DEFAULT_BRIDGE_NO_DNS_ENGINE_SERVERS", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_32(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact(None, list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_33(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", None, copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_34(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), None)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_35(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact(list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_36(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_37(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), )
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_38(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("XXdefault_bridge_no_dns_fallbackXX", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_39(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("DEFAULT_BRIDGE_NO_DNS_FALLBACK", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_40(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(None), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_41(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach(None, files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_42(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", None)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_43(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach(files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_44(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", )
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_45(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("XXthe engine's resolv.confXX", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_46(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("THE ENGINE'S RESOLV.CONF", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_47(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("XXfiles.dns_optionsXX", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_48(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("FILES.DNS_OPTIONS", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_49(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "XXoptionsXX"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_50(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "OPTIONS"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_51(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("XXfiles.dns_searchXX", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_52(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("FILES.DNS_SEARCH", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_53(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "XXsearchXX")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_54(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "SEARCH")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_55(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(None):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_56(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = None
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_57(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                None
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_58(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:2] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_59(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] != [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_60(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[2:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_61(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect(None, key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_62(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", None, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_63(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, None, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_64(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=None, word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_65(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=None)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_66(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect(key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_67(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_68(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_69(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_70(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), )
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_71(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("XXdefault_bridge_no_dnsXX", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_72(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("DEFAULT_BRIDGE_NO_DNS", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_73(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(None) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_74(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) < set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_75(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(None), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_76(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        None,
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_77(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        None,
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_78(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        None,
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_79(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=None,
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_80(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_81(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_82(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_83(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_84(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "XXdefault_bridge_dns_only_thoseXX",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_85(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "DEFAULT_BRIDGE_DNS_ONLY_THOSE",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_86(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(None),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_87(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(None),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_88(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(None),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_89(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns="XX --dns XX".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_90(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --DNS ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_91(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = None
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_92(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(None)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_93(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = None  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_94(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(None)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_95(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            None,
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_96(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            None,
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_97(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_98(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds=None,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_99(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=None,
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_100(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=None,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_101(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_102(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_103(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_104(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_105(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_106(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_107(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "XXuser_networkXX",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_108(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "USER_NETWORK",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_109(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "XXfiles.resolv_userXX",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_110(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "FILES.RESOLV_USER",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_111(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if ("\t".join(expected.split()) in written) and False else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_112(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if ("\t".join(expected.split()) in written) or True else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_113(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(None) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_114(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "XX\tXX".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_115(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) not in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_116(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(None) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_117(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="XX\tXX".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_118(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) not in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_119(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: None,
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_120(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(None),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_121(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(None, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_122(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, None)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_123(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_124(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, )),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_125(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach(None, files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_126(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", None)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_127(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach(files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_128(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", )
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_129(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("XXr0 (default bridge, no --dns): cat /etc/resolv.confXX", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_130(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("R0 (DEFAULT BRIDGE, NO --DNS): CAT /ETC/RESOLV.CONF", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_131(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(None, files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_132(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, None)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_133(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.output)
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_134(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, )
    j.attach(ubr.resolv_user.command, ubr.resolv_user.output)


def x_resolv_conf__mutmut_135(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(None, ubr.resolv_user.output)


def x_resolv_conf__mutmut_136(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, None)


def x_resolv_conf__mutmut_137(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.output)


def x_resolv_conf__mutmut_138(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`/etc/resolv.conf` depends on the network: the default bridge copies the host's non-loopback
    nameservers; a user network points at the embedded DNS.

    Documented: default bridge: the host's nameservers minus loopback ones ({files.resolv_fallback} when
        none remain; --dns replaces them); user network: {files.resolv_user} (content only: no lookup
        leaves the machine)
    Ko documented: 기본 브리지: 호스트의 네임서버에서 루프백을 뺀 것 (남는 것이 없으면
        {files.resolv_fallback}; --dns가 대신한다); 사용자 네트워크: {files.resolv_user} (내용만 본다: 어떤
        조회도 이 컴퓨터를 나가지 않는다)
    By hand: cat /etc/resolv.conf; docker run --rm busybox cat /etc/resolv.conf;
        docker run --rm --network mynet busybox cat /etc/resolv.conf
    Title: resolv.conf: the host's servers on the default bridge, {user_bridge.dns} on a user network
    Ko: /etc/resolv.conf는 네트워크에 따라 다르다: 기본 브리지는 호스트의 루프백이 아닌 네임서버를 복사하고,
        사용자 네트워크는 내장 DNS를 가리킨다.
    Ko title: resolv.conf: 기본 브리지에는 호스트의 서버, 사용자 네트워크에는 {user_bridge.dns}
    """
    files = bridge_files(ubr)
    copied = nameservers(files.resolv_no_dns)
    if profile.files.dns:  # the engine's `dns`: those servers, not the host's
        j.expect("default_bridge_no_dns_engine_dns", "files.dns", tuple(copied))
    elif files.engine_resolv is None:
        j.cannot_judge("engine_own_resolv_conf_not_readable")
    else:
        host = [s for s in nameservers(files.engine_resolv) if not ipaddress.ip_address(s).is_loopback]
        if host:
            j.fact("default_bridge_no_dns_engine_servers", host, copied)
        else:
            j.fact("default_bridge_no_dns_fallback", list(profile.files.resolv_fallback), copied)
        j.attach("the engine's resolv.conf", files.engine_resolv)
    for key, word in (("files.dns_options", "options"), ("files.dns_search", "search")):
        if configured := profile.value(key):  # `dns-opts`, `dns-search`
            found = tuple(
                w
                for line in files.resolv_no_dns.splitlines()
                if line.split()[:1] == [word]
                for w in line.split()[1:]
            )
            j.expect("default_bridge_no_dns", key, found, holds=set(configured) <= set(found), word=word)
    j.fact(
        "default_bridge_dns_only_those",
        list(files.dns),
        nameservers(files.resolv.output),
        dns=" --dns ".join(files.dns),
    )
    written = lines(ubr.resolv_user.output)
    for line in profile.files.resolv_user:
        expected = ubr.placed(line)  # "{gateway}": the network's gateway address
        j.expect(
            "user_network",
            "files.resolv_user",
            expected if "\t".join(expected.split()) in written else None,
            holds="\t".join(expected.split()) in written,
            via=lambda want: tuple(map(ubr.placed, want)),
            expected_=expected,
        )
    j.attach("r0 (default bridge, no --dns): cat /etc/resolv.conf", files.resolv_no_dns)
    j.attach(files.resolv.command, files.resolv.output)
    j.attach(ubr.resolv_user.command, )

mutants_x_resolv_conf__mutmut['_mutmut_orig'] = x_resolv_conf__mutmut_orig # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_1'] = x_resolv_conf__mutmut_1 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_2'] = x_resolv_conf__mutmut_2 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_3'] = x_resolv_conf__mutmut_3 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_4'] = x_resolv_conf__mutmut_4 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_5'] = x_resolv_conf__mutmut_5 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_6'] = x_resolv_conf__mutmut_6 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_7'] = x_resolv_conf__mutmut_7 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_8'] = x_resolv_conf__mutmut_8 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_9'] = x_resolv_conf__mutmut_9 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_10'] = x_resolv_conf__mutmut_10 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_11'] = x_resolv_conf__mutmut_11 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_12'] = x_resolv_conf__mutmut_12 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_13'] = x_resolv_conf__mutmut_13 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_14'] = x_resolv_conf__mutmut_14 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_15'] = x_resolv_conf__mutmut_15 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_16'] = x_resolv_conf__mutmut_16 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_17'] = x_resolv_conf__mutmut_17 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_18'] = x_resolv_conf__mutmut_18 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_19'] = x_resolv_conf__mutmut_19 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_20'] = x_resolv_conf__mutmut_20 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_21'] = x_resolv_conf__mutmut_21 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_22'] = x_resolv_conf__mutmut_22 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_23'] = x_resolv_conf__mutmut_23 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_24'] = x_resolv_conf__mutmut_24 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_25'] = x_resolv_conf__mutmut_25 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_26'] = x_resolv_conf__mutmut_26 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_27'] = x_resolv_conf__mutmut_27 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_28'] = x_resolv_conf__mutmut_28 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_29'] = x_resolv_conf__mutmut_29 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_30'] = x_resolv_conf__mutmut_30 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_31'] = x_resolv_conf__mutmut_31 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_32'] = x_resolv_conf__mutmut_32 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_33'] = x_resolv_conf__mutmut_33 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_34'] = x_resolv_conf__mutmut_34 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_35'] = x_resolv_conf__mutmut_35 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_36'] = x_resolv_conf__mutmut_36 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_37'] = x_resolv_conf__mutmut_37 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_38'] = x_resolv_conf__mutmut_38 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_39'] = x_resolv_conf__mutmut_39 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_40'] = x_resolv_conf__mutmut_40 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_41'] = x_resolv_conf__mutmut_41 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_42'] = x_resolv_conf__mutmut_42 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_43'] = x_resolv_conf__mutmut_43 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_44'] = x_resolv_conf__mutmut_44 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_45'] = x_resolv_conf__mutmut_45 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_46'] = x_resolv_conf__mutmut_46 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_47'] = x_resolv_conf__mutmut_47 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_48'] = x_resolv_conf__mutmut_48 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_49'] = x_resolv_conf__mutmut_49 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_50'] = x_resolv_conf__mutmut_50 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_51'] = x_resolv_conf__mutmut_51 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_52'] = x_resolv_conf__mutmut_52 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_53'] = x_resolv_conf__mutmut_53 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_54'] = x_resolv_conf__mutmut_54 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_55'] = x_resolv_conf__mutmut_55 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_56'] = x_resolv_conf__mutmut_56 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_57'] = x_resolv_conf__mutmut_57 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_58'] = x_resolv_conf__mutmut_58 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_59'] = x_resolv_conf__mutmut_59 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_60'] = x_resolv_conf__mutmut_60 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_61'] = x_resolv_conf__mutmut_61 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_62'] = x_resolv_conf__mutmut_62 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_63'] = x_resolv_conf__mutmut_63 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_64'] = x_resolv_conf__mutmut_64 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_65'] = x_resolv_conf__mutmut_65 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_66'] = x_resolv_conf__mutmut_66 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_67'] = x_resolv_conf__mutmut_67 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_68'] = x_resolv_conf__mutmut_68 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_69'] = x_resolv_conf__mutmut_69 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_70'] = x_resolv_conf__mutmut_70 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_71'] = x_resolv_conf__mutmut_71 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_72'] = x_resolv_conf__mutmut_72 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_73'] = x_resolv_conf__mutmut_73 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_74'] = x_resolv_conf__mutmut_74 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_75'] = x_resolv_conf__mutmut_75 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_76'] = x_resolv_conf__mutmut_76 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_77'] = x_resolv_conf__mutmut_77 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_78'] = x_resolv_conf__mutmut_78 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_79'] = x_resolv_conf__mutmut_79 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_80'] = x_resolv_conf__mutmut_80 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_81'] = x_resolv_conf__mutmut_81 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_82'] = x_resolv_conf__mutmut_82 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_83'] = x_resolv_conf__mutmut_83 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_84'] = x_resolv_conf__mutmut_84 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_85'] = x_resolv_conf__mutmut_85 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_86'] = x_resolv_conf__mutmut_86 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_87'] = x_resolv_conf__mutmut_87 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_88'] = x_resolv_conf__mutmut_88 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_89'] = x_resolv_conf__mutmut_89 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_90'] = x_resolv_conf__mutmut_90 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_91'] = x_resolv_conf__mutmut_91 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_92'] = x_resolv_conf__mutmut_92 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_93'] = x_resolv_conf__mutmut_93 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_94'] = x_resolv_conf__mutmut_94 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_95'] = x_resolv_conf__mutmut_95 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_96'] = x_resolv_conf__mutmut_96 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_97'] = x_resolv_conf__mutmut_97 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_98'] = x_resolv_conf__mutmut_98 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_99'] = x_resolv_conf__mutmut_99 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_100'] = x_resolv_conf__mutmut_100 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_101'] = x_resolv_conf__mutmut_101 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_102'] = x_resolv_conf__mutmut_102 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_103'] = x_resolv_conf__mutmut_103 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_104'] = x_resolv_conf__mutmut_104 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_105'] = x_resolv_conf__mutmut_105 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_106'] = x_resolv_conf__mutmut_106 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_107'] = x_resolv_conf__mutmut_107 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_108'] = x_resolv_conf__mutmut_108 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_109'] = x_resolv_conf__mutmut_109 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_110'] = x_resolv_conf__mutmut_110 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_111'] = x_resolv_conf__mutmut_111 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_112'] = x_resolv_conf__mutmut_112 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_113'] = x_resolv_conf__mutmut_113 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_114'] = x_resolv_conf__mutmut_114 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_115'] = x_resolv_conf__mutmut_115 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_116'] = x_resolv_conf__mutmut_116 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_117'] = x_resolv_conf__mutmut_117 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_118'] = x_resolv_conf__mutmut_118 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_119'] = x_resolv_conf__mutmut_119 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_120'] = x_resolv_conf__mutmut_120 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_121'] = x_resolv_conf__mutmut_121 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_122'] = x_resolv_conf__mutmut_122 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_123'] = x_resolv_conf__mutmut_123 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_124'] = x_resolv_conf__mutmut_124 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_125'] = x_resolv_conf__mutmut_125 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_126'] = x_resolv_conf__mutmut_126 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_127'] = x_resolv_conf__mutmut_127 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_128'] = x_resolv_conf__mutmut_128 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_129'] = x_resolv_conf__mutmut_129 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_130'] = x_resolv_conf__mutmut_130 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_131'] = x_resolv_conf__mutmut_131 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_132'] = x_resolv_conf__mutmut_132 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_133'] = x_resolv_conf__mutmut_133 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_134'] = x_resolv_conf__mutmut_134 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_135'] = x_resolv_conf__mutmut_135 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_136'] = x_resolv_conf__mutmut_136 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_137'] = x_resolv_conf__mutmut_137 # type: ignore # mutmut generated
mutants_x_resolv_conf__mutmut['x_resolv_conf__mutmut_138'] = x_resolv_conf__mutmut_138 # type: ignore # mutmut generated


claim("D-RESOLV-1", observes="user_bridges", part="files")(resolv_conf)
mutants_x_host_gateway__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_host_gateway__mutmut)
def host_gateway(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_orig(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_1(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = None
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_2(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(None)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_3(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = None
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_4(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split(None)[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_5(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("XX\tXX")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_6(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[1]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_7(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(None)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_8(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split(None)[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_9(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("XX\tXX")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_10(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[2:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_11(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] != [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_12(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        None,
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_13(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        None,
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_14(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_15(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=None,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_16(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_17(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_18(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_19(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_20(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "XXaddress_2XX",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_21(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "ADDRESS_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_22(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if (profile.files.host_gateway) and False else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_23(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if (profile.files.host_gateway) or True else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_24(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "XXfiles.host_gatewayXX" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_25(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "FILES.HOST_GATEWAY" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_26(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "XXbridge.gatewayXX",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_27(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "BRIDGE.GATEWAY",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_28(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if (len(mapped) == 1) and False else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_29(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if (len(mapped) == 1) or True else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_30(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[1] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_31(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) != 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_32(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 2 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_33(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped and None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, files.hosts.output)


def x_host_gateway__mutmut_34(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(None, files.hosts.output)


def x_host_gateway__mutmut_35(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, None)


def x_host_gateway__mutmut_36(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.output)


def x_host_gateway__mutmut_37(j: Judgement, ubr: UserBridges, profile: Profile) -> None:
    """`--add-host NAME:host-gateway` maps NAME to the default bridge's gateway.

    Documented: /etc/hosts line {bridge.gateway}<tab>NAME (the bridge's IPv4 address; --host-gateway-ip
        overrides)
    Ko documented: /etc/hosts 줄 {bridge.gateway}<탭>NAME (브리지의 IPv4 주소; --host-gateway-ip가 바꾼다)
    By hand: docker run --rm --add-host gw:host-gateway busybox cat /etc/hosts
    Title: host-gateway in --add-host is {bridge.gateway}
    Ko: --add-host NAME:host-gateway는 NAME을 기본 브리지의 게이트웨이로 잇는다.
    Ko title: --add-host의 host-gateway는 {bridge.gateway}다
    """
    files = bridge_files(ubr)
    mapped = [
        line.split("\t")[0]
        for line in lines(files.hosts.output)
        if line.split("\t")[1:] == [files.gateway_name]
    ]
    j.expect(
        "address_2",
        "files.host_gateway" if profile.files.host_gateway else "bridge.gateway",
        mapped[0] if len(mapped) == 1 else mapped or None,
        gateway_name=files.gateway_name,
    )
    j.attach(files.hosts.command, )

mutants_x_host_gateway__mutmut['_mutmut_orig'] = x_host_gateway__mutmut_orig # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_1'] = x_host_gateway__mutmut_1 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_2'] = x_host_gateway__mutmut_2 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_3'] = x_host_gateway__mutmut_3 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_4'] = x_host_gateway__mutmut_4 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_5'] = x_host_gateway__mutmut_5 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_6'] = x_host_gateway__mutmut_6 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_7'] = x_host_gateway__mutmut_7 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_8'] = x_host_gateway__mutmut_8 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_9'] = x_host_gateway__mutmut_9 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_10'] = x_host_gateway__mutmut_10 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_11'] = x_host_gateway__mutmut_11 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_12'] = x_host_gateway__mutmut_12 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_13'] = x_host_gateway__mutmut_13 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_14'] = x_host_gateway__mutmut_14 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_15'] = x_host_gateway__mutmut_15 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_16'] = x_host_gateway__mutmut_16 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_17'] = x_host_gateway__mutmut_17 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_18'] = x_host_gateway__mutmut_18 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_19'] = x_host_gateway__mutmut_19 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_20'] = x_host_gateway__mutmut_20 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_21'] = x_host_gateway__mutmut_21 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_22'] = x_host_gateway__mutmut_22 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_23'] = x_host_gateway__mutmut_23 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_24'] = x_host_gateway__mutmut_24 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_25'] = x_host_gateway__mutmut_25 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_26'] = x_host_gateway__mutmut_26 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_27'] = x_host_gateway__mutmut_27 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_28'] = x_host_gateway__mutmut_28 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_29'] = x_host_gateway__mutmut_29 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_30'] = x_host_gateway__mutmut_30 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_31'] = x_host_gateway__mutmut_31 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_32'] = x_host_gateway__mutmut_32 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_33'] = x_host_gateway__mutmut_33 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_34'] = x_host_gateway__mutmut_34 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_35'] = x_host_gateway__mutmut_35 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_36'] = x_host_gateway__mutmut_36 # type: ignore # mutmut generated
mutants_x_host_gateway__mutmut['x_host_gateway__mutmut_37'] = x_host_gateway__mutmut_37 # type: ignore # mutmut generated


claim("D-HOSTGW-1", observes="user_bridges", part="files")(host_gateway)
