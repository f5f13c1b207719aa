"""S-VETH-*: the veth pair: eth0 in the container, vethXXXXXXX on the host, and how they meet."""

from __future__ import annotations

import re

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import SYS_ADMIN, Judgement, Unobservable
from docker_conformance.conformance.judges.shared import cidr_in, note_others
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "VETH", "veth pairs", "veth 쌍")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_two_interfaces__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_two_interfaces__mutmut)
def two_interfaces(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable(None, needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=None, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=None)
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable(needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, )
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("XXnamespaces_not_enteredXX", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("NAMESPACES_NOT_ENTERED", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(None))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly(None, profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", None, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, None, role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=None)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly(profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), )
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("XXinterfaces_3XX", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("INTERFACES_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = None
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface(None)
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("XXloXX")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("LO")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect(None, "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", None, lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=None)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, )
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("XXlo_addressXX", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("LO_ADDRESS", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "XXcontainer.loopbackXX", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "CONTAINER.LOOPBACK", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if (lo and lo.ipv4) and False else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if (lo and lo.ipv4) or True else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo or lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes(None, "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", None, lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", None, role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=None)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), )
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("XXlo_flags_includeXX", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("LO_FLAGS_INCLUDE", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "XXcontainer.loopback_flagsXX", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "CONTAINER.LOOPBACK_FLAGS", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if (lo) and False else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if (lo) or True else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect(None, "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", None, lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=None)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("XXlo_mtuXX", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("LO_MTU", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "XXcontainer.loopback_mtuXX", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "CONTAINER.LOOPBACK_MTU", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if (lo) and False else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if (lo) or True else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(None, view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", None)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", )
        j.attach(f"{view.role} namespace (netlink)", view.netns.dump())


def x_two_interfaces__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(None, view.netns.dump())


def x_two_interfaces__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", None)


def x_two_interfaces__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(view.netns.dump())


def x_two_interfaces__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container on the bridge has exactly two interfaces in its namespace.

    Documented: exactly {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu}) and {container.device}
    Ko documented: 정확히 {container.interfaces}: lo ({container.loopback}, LOOPBACK, UP, MTU
        {container.loopback_mtu})와 {container.device}
    By hand: docker exec busybox1 ip addr
    Title: A bridged container has exactly {container.interfaces}
    Ko: bridge에 연결된 컨테이너의 네임스페이스에는 인터페이스가 정확히 두 개 있다.
    Ko title: bridge에 연결된 컨테이너에는 정확히 {container.interfaces}가 있다
    Seed: 1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ... inet 127.0.0.1/8 scope host lo / 18: eth0@if19: ...
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        j.exactly("interfaces_3", profile.container.interfaces, view.netns.names(), role=view.role)
        lo = view.netns.interface("lo")
        j.expect("lo_address", "container.loopback", lo.ipv4.cidr if lo and lo.ipv4 else None, role=view.role)
        j.includes("lo_flags_include", "container.loopback_flags", lo.flags if lo else (), role=view.role)
        j.expect("lo_mtu", "container.loopback_mtu", lo.mtu if lo else None, role=view.role)
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)
        j.attach(f"{view.role} namespace (netlink)", )

mutants_x_two_interfaces__mutmut['_mutmut_orig'] = x_two_interfaces__mutmut_orig # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_1'] = x_two_interfaces__mutmut_1 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_2'] = x_two_interfaces__mutmut_2 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_3'] = x_two_interfaces__mutmut_3 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_4'] = x_two_interfaces__mutmut_4 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_5'] = x_two_interfaces__mutmut_5 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_6'] = x_two_interfaces__mutmut_6 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_7'] = x_two_interfaces__mutmut_7 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_8'] = x_two_interfaces__mutmut_8 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_9'] = x_two_interfaces__mutmut_9 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_10'] = x_two_interfaces__mutmut_10 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_11'] = x_two_interfaces__mutmut_11 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_12'] = x_two_interfaces__mutmut_12 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_13'] = x_two_interfaces__mutmut_13 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_14'] = x_two_interfaces__mutmut_14 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_15'] = x_two_interfaces__mutmut_15 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_16'] = x_two_interfaces__mutmut_16 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_17'] = x_two_interfaces__mutmut_17 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_18'] = x_two_interfaces__mutmut_18 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_19'] = x_two_interfaces__mutmut_19 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_20'] = x_two_interfaces__mutmut_20 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_21'] = x_two_interfaces__mutmut_21 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_22'] = x_two_interfaces__mutmut_22 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_23'] = x_two_interfaces__mutmut_23 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_24'] = x_two_interfaces__mutmut_24 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_25'] = x_two_interfaces__mutmut_25 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_26'] = x_two_interfaces__mutmut_26 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_27'] = x_two_interfaces__mutmut_27 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_28'] = x_two_interfaces__mutmut_28 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_29'] = x_two_interfaces__mutmut_29 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_30'] = x_two_interfaces__mutmut_30 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_31'] = x_two_interfaces__mutmut_31 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_32'] = x_two_interfaces__mutmut_32 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_33'] = x_two_interfaces__mutmut_33 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_34'] = x_two_interfaces__mutmut_34 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_35'] = x_two_interfaces__mutmut_35 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_36'] = x_two_interfaces__mutmut_36 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_37'] = x_two_interfaces__mutmut_37 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_38'] = x_two_interfaces__mutmut_38 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_39'] = x_two_interfaces__mutmut_39 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_40'] = x_two_interfaces__mutmut_40 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_41'] = x_two_interfaces__mutmut_41 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_42'] = x_two_interfaces__mutmut_42 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_43'] = x_two_interfaces__mutmut_43 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_44'] = x_two_interfaces__mutmut_44 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_45'] = x_two_interfaces__mutmut_45 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_46'] = x_two_interfaces__mutmut_46 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_47'] = x_two_interfaces__mutmut_47 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_48'] = x_two_interfaces__mutmut_48 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_49'] = x_two_interfaces__mutmut_49 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_50'] = x_two_interfaces__mutmut_50 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_51'] = x_two_interfaces__mutmut_51 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_52'] = x_two_interfaces__mutmut_52 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_53'] = x_two_interfaces__mutmut_53 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_54'] = x_two_interfaces__mutmut_54 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_55'] = x_two_interfaces__mutmut_55 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_56'] = x_two_interfaces__mutmut_56 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_57'] = x_two_interfaces__mutmut_57 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_58'] = x_two_interfaces__mutmut_58 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_59'] = x_two_interfaces__mutmut_59 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_60'] = x_two_interfaces__mutmut_60 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_61'] = x_two_interfaces__mutmut_61 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_62'] = x_two_interfaces__mutmut_62 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_63'] = x_two_interfaces__mutmut_63 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_64'] = x_two_interfaces__mutmut_64 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_65'] = x_two_interfaces__mutmut_65 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_66'] = x_two_interfaces__mutmut_66 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_67'] = x_two_interfaces__mutmut_67 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_68'] = x_two_interfaces__mutmut_68 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_69'] = x_two_interfaces__mutmut_69 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_70'] = x_two_interfaces__mutmut_70 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_71'] = x_two_interfaces__mutmut_71 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_72'] = x_two_interfaces__mutmut_72 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_73'] = x_two_interfaces__mutmut_73 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_74'] = x_two_interfaces__mutmut_74 # type: ignore # mutmut generated
mutants_x_two_interfaces__mutmut['x_two_interfaces__mutmut_75'] = x_two_interfaces__mutmut_75 # type: ignore # mutmut generated


claim("S-VETH-1", observes="seed", part="eth0")(two_interfaces)
mutants_x_container_eth0__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_container_eth0__mutmut)
def container_eth0(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable(None, needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=None, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=None)
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable(needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, )
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("XXnamespaces_not_enteredXX", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("NAMESPACES_NOT_ENTERED", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(None))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = None
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(None)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if (eth0) and False else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if (eth0) or True else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes(None, "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", None, eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", None, role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=None)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), )
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("XXeth0_flags_includeXX", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("ETH0_FLAGS_INCLUDE", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "XXcontainer.eth0_flagsXX", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "CONTAINER.ETH0_FLAGS", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if (eth0) and False else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if (eth0) or True else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect(None, "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", None, eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=None)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, )
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("XXeth0_mtuXX", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("ETH0_MTU", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "XXcontainer.mtuXX", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "CONTAINER.MTU", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if (eth0) and False else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if (eth0) or True else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            None,
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            None,
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            None,
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=None,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "XXeth0_ipv4_addressesXX",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "ETH0_IPV4_ADDRESSES",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(None)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(None)(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get(None))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("XXIPAddressXX"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("ipaddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPADDRESS"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if (eth0) and False else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if (eth0) or True else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            None,
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            None,
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=None,
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=None,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "XXeth0_addressXX",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "ETH0_ADDRESS",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "XXbridge.subnetXX",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "BRIDGE.SUBNET",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if (address) and False else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if (address) or True else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(None),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get(None)),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("XXIPAddressXX")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("ipaddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPADDRESS")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_83(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect(None, "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_84(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", None, address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_85(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_86(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=None)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_87(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_88(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_89(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_90(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, )
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_91(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("XXeth0_broadcastXX", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_92(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("ETH0_BROADCAST", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_93(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "XXbridge.broadcastXX", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_94(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "BRIDGE.BROADCAST", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_95(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if (address) and False else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_96(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if (address) or True else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_97(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect(None, "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_98(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", None, address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_99(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_100(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=None)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_101(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_102(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_103(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_104(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, )
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_105(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("XXeth0_scopeXX", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_106(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("ETH0_SCOPE", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_107(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "XXcontainer.scopeXX", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_108(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "CONTAINER.SCOPE", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_109(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if (address) and False else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_110(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if (address) or True else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_111(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            None,
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_112(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            None,
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_113(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_114(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=None,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_115(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_116(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_117(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_118(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_119(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "XXeth0_mac_inspect_macaddressXX",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_120(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "ETH0_MAC_INSPECT_MACADDRESS",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_121(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get(None),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_122(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("XXMacAddressXX"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_123(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("macaddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_124(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MACADDRESS"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_125(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if (eth0) and False else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_126(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if (eth0) or True else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", view.ip_addr.output)


def x_container_eth0__mutmut_127(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(None, view.ip_addr.output)


def x_container_eth0__mutmut_128(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", None)


def x_container_eth0__mutmut_129(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(view.ip_addr.output)


def x_container_eth0__mutmut_130(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0.

    Documented: flags include {container.eth0_flags}; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC as in inspect
    Ko documented: 플래그에 {container.eth0_flags} 포함; MTU {container.mtu}; <ip>/{bridge.prefixlen} brd
        {bridge.broadcast} scope {container.scope}; MAC은 inspect와 같다
    By hand: docker exec busybox1 ip addr
    Title: The container's {container.device} is up, MTU {container.mtu}, on {bridge.subnet}, with its MAC
    Ko: 컨테이너의 eth0.
    Ko title: 컨테이너의 {container.device}는 UP, MTU {container.mtu}, {bridge.subnet}에 있고 MAC이 있다
    Seed: 18: eth0@if19: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue / link/ether
        02:42:ac:11:00:02 / inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0 = view.netns.interface(profile.container.device)
        address = eth0.ipv4 if eth0 else None
        j.includes("eth0_flags_include", "container.eth0_flags", eth0.flags if eth0 else (), role=view.role)
        j.expect("eth0_mtu", "container.mtu", eth0.mtu if eth0 else None, role=view.role)
        j.exactly(
            "eth0_ipv4_addresses",
            [cidr_in(view.endpoint.get("IPAddress"))(profile.bridge.subnet)],
            eth0.cidrs if eth0 else (),
            role=view.role,
        )
        j.expect(
            "eth0_address",
            "bridge.subnet",
            address.cidr if address else None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        j.expect("eth0_broadcast", "bridge.broadcast", address.broadcast if address else None, role=view.role)
        j.expect("eth0_scope", "container.scope", address.scope if address else None, role=view.role)
        j.fact(
            "eth0_mac_inspect_macaddress",
            view.endpoint.get("MacAddress"),
            eth0.mac if eth0 else None,
            role=view.role,
        )
        j.attach(f"docker exec {view.role} ip addr", )

mutants_x_container_eth0__mutmut['_mutmut_orig'] = x_container_eth0__mutmut_orig # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_1'] = x_container_eth0__mutmut_1 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_2'] = x_container_eth0__mutmut_2 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_3'] = x_container_eth0__mutmut_3 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_4'] = x_container_eth0__mutmut_4 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_5'] = x_container_eth0__mutmut_5 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_6'] = x_container_eth0__mutmut_6 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_7'] = x_container_eth0__mutmut_7 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_8'] = x_container_eth0__mutmut_8 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_9'] = x_container_eth0__mutmut_9 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_10'] = x_container_eth0__mutmut_10 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_11'] = x_container_eth0__mutmut_11 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_12'] = x_container_eth0__mutmut_12 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_13'] = x_container_eth0__mutmut_13 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_14'] = x_container_eth0__mutmut_14 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_15'] = x_container_eth0__mutmut_15 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_16'] = x_container_eth0__mutmut_16 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_17'] = x_container_eth0__mutmut_17 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_18'] = x_container_eth0__mutmut_18 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_19'] = x_container_eth0__mutmut_19 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_20'] = x_container_eth0__mutmut_20 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_21'] = x_container_eth0__mutmut_21 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_22'] = x_container_eth0__mutmut_22 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_23'] = x_container_eth0__mutmut_23 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_24'] = x_container_eth0__mutmut_24 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_25'] = x_container_eth0__mutmut_25 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_26'] = x_container_eth0__mutmut_26 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_27'] = x_container_eth0__mutmut_27 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_28'] = x_container_eth0__mutmut_28 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_29'] = x_container_eth0__mutmut_29 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_30'] = x_container_eth0__mutmut_30 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_31'] = x_container_eth0__mutmut_31 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_32'] = x_container_eth0__mutmut_32 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_33'] = x_container_eth0__mutmut_33 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_34'] = x_container_eth0__mutmut_34 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_35'] = x_container_eth0__mutmut_35 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_36'] = x_container_eth0__mutmut_36 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_37'] = x_container_eth0__mutmut_37 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_38'] = x_container_eth0__mutmut_38 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_39'] = x_container_eth0__mutmut_39 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_40'] = x_container_eth0__mutmut_40 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_41'] = x_container_eth0__mutmut_41 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_42'] = x_container_eth0__mutmut_42 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_43'] = x_container_eth0__mutmut_43 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_44'] = x_container_eth0__mutmut_44 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_45'] = x_container_eth0__mutmut_45 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_46'] = x_container_eth0__mutmut_46 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_47'] = x_container_eth0__mutmut_47 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_48'] = x_container_eth0__mutmut_48 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_49'] = x_container_eth0__mutmut_49 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_50'] = x_container_eth0__mutmut_50 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_51'] = x_container_eth0__mutmut_51 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_52'] = x_container_eth0__mutmut_52 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_53'] = x_container_eth0__mutmut_53 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_54'] = x_container_eth0__mutmut_54 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_55'] = x_container_eth0__mutmut_55 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_56'] = x_container_eth0__mutmut_56 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_57'] = x_container_eth0__mutmut_57 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_58'] = x_container_eth0__mutmut_58 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_59'] = x_container_eth0__mutmut_59 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_60'] = x_container_eth0__mutmut_60 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_61'] = x_container_eth0__mutmut_61 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_62'] = x_container_eth0__mutmut_62 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_63'] = x_container_eth0__mutmut_63 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_64'] = x_container_eth0__mutmut_64 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_65'] = x_container_eth0__mutmut_65 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_66'] = x_container_eth0__mutmut_66 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_67'] = x_container_eth0__mutmut_67 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_68'] = x_container_eth0__mutmut_68 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_69'] = x_container_eth0__mutmut_69 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_70'] = x_container_eth0__mutmut_70 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_71'] = x_container_eth0__mutmut_71 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_72'] = x_container_eth0__mutmut_72 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_73'] = x_container_eth0__mutmut_73 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_74'] = x_container_eth0__mutmut_74 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_75'] = x_container_eth0__mutmut_75 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_76'] = x_container_eth0__mutmut_76 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_77'] = x_container_eth0__mutmut_77 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_78'] = x_container_eth0__mutmut_78 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_79'] = x_container_eth0__mutmut_79 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_80'] = x_container_eth0__mutmut_80 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_81'] = x_container_eth0__mutmut_81 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_82'] = x_container_eth0__mutmut_82 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_83'] = x_container_eth0__mutmut_83 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_84'] = x_container_eth0__mutmut_84 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_85'] = x_container_eth0__mutmut_85 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_86'] = x_container_eth0__mutmut_86 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_87'] = x_container_eth0__mutmut_87 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_88'] = x_container_eth0__mutmut_88 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_89'] = x_container_eth0__mutmut_89 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_90'] = x_container_eth0__mutmut_90 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_91'] = x_container_eth0__mutmut_91 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_92'] = x_container_eth0__mutmut_92 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_93'] = x_container_eth0__mutmut_93 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_94'] = x_container_eth0__mutmut_94 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_95'] = x_container_eth0__mutmut_95 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_96'] = x_container_eth0__mutmut_96 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_97'] = x_container_eth0__mutmut_97 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_98'] = x_container_eth0__mutmut_98 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_99'] = x_container_eth0__mutmut_99 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_100'] = x_container_eth0__mutmut_100 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_101'] = x_container_eth0__mutmut_101 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_102'] = x_container_eth0__mutmut_102 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_103'] = x_container_eth0__mutmut_103 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_104'] = x_container_eth0__mutmut_104 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_105'] = x_container_eth0__mutmut_105 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_106'] = x_container_eth0__mutmut_106 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_107'] = x_container_eth0__mutmut_107 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_108'] = x_container_eth0__mutmut_108 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_109'] = x_container_eth0__mutmut_109 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_110'] = x_container_eth0__mutmut_110 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_111'] = x_container_eth0__mutmut_111 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_112'] = x_container_eth0__mutmut_112 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_113'] = x_container_eth0__mutmut_113 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_114'] = x_container_eth0__mutmut_114 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_115'] = x_container_eth0__mutmut_115 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_116'] = x_container_eth0__mutmut_116 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_117'] = x_container_eth0__mutmut_117 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_118'] = x_container_eth0__mutmut_118 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_119'] = x_container_eth0__mutmut_119 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_120'] = x_container_eth0__mutmut_120 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_121'] = x_container_eth0__mutmut_121 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_122'] = x_container_eth0__mutmut_122 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_123'] = x_container_eth0__mutmut_123 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_124'] = x_container_eth0__mutmut_124 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_125'] = x_container_eth0__mutmut_125 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_126'] = x_container_eth0__mutmut_126 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_127'] = x_container_eth0__mutmut_127 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_128'] = x_container_eth0__mutmut_128 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_129'] = x_container_eth0__mutmut_129 # type: ignore # mutmut generated
mutants_x_container_eth0__mutmut['x_container_eth0__mutmut_130'] = x_container_eth0__mutmut_130 # type: ignore # mutmut generated


claim("S-VETH-2", observes="seed", part="eth0")(container_eth0)
mutants_x_one_host_veth_each__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_one_host_veth_each__mutmut)
def one_host_veth_each(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = None
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = None
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = None
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(None)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = None
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge or link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master != bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge(None, activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=None, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=None)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge(activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, )
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("XXbridge_new_veths_are_not_toldXX", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("BRIDGE_NEW_VETHS_ARE_NOT_TOLD", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact(None, 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", None, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, None)
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact(2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, )
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("XXveths_added_to_bridge_by_twoXX", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("VETHS_ADDED_TO_BRIDGE_BY_TWO", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 3, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note(None)
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("XXcontainers_namespaces_could_not_be_enteredXX")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("CONTAINERS_NAMESPACES_COULD_NOT_BE_ENTERED")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = None
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(None))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact(None, 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", None, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, None)
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact(2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, )
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("XXhost_ends_busybox1_and_busybox2_eth0XX", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("HOST_ENDS_BUSYBOX1_AND_BUSYBOX2_ETH0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 3, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact(None, ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", None, [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], None)
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact(["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], )
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("XXtheir_kindXX", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("THEIR_KIND", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["XXvethXX", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["VETH", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "XXvethXX"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "VETH"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(None, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, None)
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others([v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, )
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = None
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(None)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            None,
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            None,
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            None,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=None,
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=None,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "XXname_2XX",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "NAME_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "XXcontainer.veth_nameXX",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "CONTAINER.VETH_NAME",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(None),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(None)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach(None, "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", None)


def x_one_host_veth_each__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", )


def x_one_host_veth_each__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("XXip link show type veth (netlink)XX", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("IP LINK SHOW TYPE VETH (NETLINK)", "\n".join(v.summary() for v in appeared))


def x_one_host_veth_each__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "\n".join(None))


def x_one_host_veth_each__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Each container adds one host interface, of kind veth, named veth + 7 hex digits.

    Documented: one host veth per container, named like {container.veth_name}
    Ko documented: 컨테이너마다 호스트 veth 하나, 이름 형식 {container.veth_name}
    By hand: ip link show type veth
    Title: Each container adds one host veth named like {container.veth_name}
    Ko: 컨테이너마다 호스트에 veth 종류의 인터페이스가 하나씩 생기며, 이름은 veth + 16진수 7자리다.
    Ko title: 컨테이너마다 {container.veth_name} 형식의 호스트 veth가 하나 생긴다
    Seed: 호스트 네트워크 브리지 docker0에 바인딩 되는 vethXXXXXXX이름 형식의 veth 인터페이스
        (veth4eb48a6, veth40d220d)
    """
    before = {link.name for link in seed.before.host.veths()}
    appeared = [link for link in seed.during.host.veths() if link.name not in before]
    if seed.unentered():  # the containers cannot name their peers: the bridge's new veths are theirs
        bridge = seed.during.bridge_link(profile.bridge.device)
        ours = [link for link in appeared if bridge and link.master == bridge.index]
        if seed.activity:
            j.cannot_judge("bridge_new_veths_are_not_told", activity=seed.activity, attempts=seed.attempts)
        else:
            j.fact("veths_added_to_bridge_by_two", 2, len(ours))
        j.note("containers_namespaces_could_not_be_entered")
    else:
        ours = [link for view in seed.containers() if (link := seed.host_end(view))]
        j.fact("host_ends_busybox1_and_busybox2_eth0", 2, len({v.name for v in ours}))
        j.fact("their_kind", ["veth", "veth"], [v.kind for v in ours])
        note_others(j, [v for v in appeared if v not in ours])
    pattern = re.compile(profile.container.veth_name)
    for link in ours:
        j.expect(
            "name_2",
            "container.veth_name",
            link.name,
            holds=bool(pattern.fullmatch(link.name)),
            name=link.name,
        )
    j.attach("ip link show type veth (netlink)", "XX\nXX".join(v.summary() for v in appeared))

mutants_x_one_host_veth_each__mutmut['_mutmut_orig'] = x_one_host_veth_each__mutmut_orig # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_1'] = x_one_host_veth_each__mutmut_1 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_2'] = x_one_host_veth_each__mutmut_2 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_3'] = x_one_host_veth_each__mutmut_3 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_4'] = x_one_host_veth_each__mutmut_4 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_5'] = x_one_host_veth_each__mutmut_5 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_6'] = x_one_host_veth_each__mutmut_6 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_7'] = x_one_host_veth_each__mutmut_7 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_8'] = x_one_host_veth_each__mutmut_8 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_9'] = x_one_host_veth_each__mutmut_9 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_10'] = x_one_host_veth_each__mutmut_10 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_11'] = x_one_host_veth_each__mutmut_11 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_12'] = x_one_host_veth_each__mutmut_12 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_13'] = x_one_host_veth_each__mutmut_13 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_14'] = x_one_host_veth_each__mutmut_14 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_15'] = x_one_host_veth_each__mutmut_15 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_16'] = x_one_host_veth_each__mutmut_16 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_17'] = x_one_host_veth_each__mutmut_17 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_18'] = x_one_host_veth_each__mutmut_18 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_19'] = x_one_host_veth_each__mutmut_19 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_20'] = x_one_host_veth_each__mutmut_20 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_21'] = x_one_host_veth_each__mutmut_21 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_22'] = x_one_host_veth_each__mutmut_22 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_23'] = x_one_host_veth_each__mutmut_23 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_24'] = x_one_host_veth_each__mutmut_24 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_25'] = x_one_host_veth_each__mutmut_25 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_26'] = x_one_host_veth_each__mutmut_26 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_27'] = x_one_host_veth_each__mutmut_27 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_28'] = x_one_host_veth_each__mutmut_28 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_29'] = x_one_host_veth_each__mutmut_29 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_30'] = x_one_host_veth_each__mutmut_30 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_31'] = x_one_host_veth_each__mutmut_31 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_32'] = x_one_host_veth_each__mutmut_32 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_33'] = x_one_host_veth_each__mutmut_33 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_34'] = x_one_host_veth_each__mutmut_34 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_35'] = x_one_host_veth_each__mutmut_35 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_36'] = x_one_host_veth_each__mutmut_36 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_37'] = x_one_host_veth_each__mutmut_37 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_38'] = x_one_host_veth_each__mutmut_38 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_39'] = x_one_host_veth_each__mutmut_39 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_40'] = x_one_host_veth_each__mutmut_40 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_41'] = x_one_host_veth_each__mutmut_41 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_42'] = x_one_host_veth_each__mutmut_42 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_43'] = x_one_host_veth_each__mutmut_43 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_44'] = x_one_host_veth_each__mutmut_44 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_45'] = x_one_host_veth_each__mutmut_45 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_46'] = x_one_host_veth_each__mutmut_46 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_47'] = x_one_host_veth_each__mutmut_47 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_48'] = x_one_host_veth_each__mutmut_48 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_49'] = x_one_host_veth_each__mutmut_49 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_50'] = x_one_host_veth_each__mutmut_50 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_51'] = x_one_host_veth_each__mutmut_51 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_52'] = x_one_host_veth_each__mutmut_52 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_53'] = x_one_host_veth_each__mutmut_53 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_54'] = x_one_host_veth_each__mutmut_54 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_55'] = x_one_host_veth_each__mutmut_55 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_56'] = x_one_host_veth_each__mutmut_56 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_57'] = x_one_host_veth_each__mutmut_57 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_58'] = x_one_host_veth_each__mutmut_58 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_59'] = x_one_host_veth_each__mutmut_59 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_60'] = x_one_host_veth_each__mutmut_60 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_61'] = x_one_host_veth_each__mutmut_61 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_62'] = x_one_host_veth_each__mutmut_62 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_63'] = x_one_host_veth_each__mutmut_63 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_64'] = x_one_host_veth_each__mutmut_64 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_65'] = x_one_host_veth_each__mutmut_65 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_66'] = x_one_host_veth_each__mutmut_66 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_67'] = x_one_host_veth_each__mutmut_67 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_68'] = x_one_host_veth_each__mutmut_68 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_69'] = x_one_host_veth_each__mutmut_69 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_70'] = x_one_host_veth_each__mutmut_70 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_71'] = x_one_host_veth_each__mutmut_71 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_72'] = x_one_host_veth_each__mutmut_72 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_73'] = x_one_host_veth_each__mutmut_73 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_74'] = x_one_host_veth_each__mutmut_74 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_75'] = x_one_host_veth_each__mutmut_75 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_76'] = x_one_host_veth_each__mutmut_76 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_77'] = x_one_host_veth_each__mutmut_77 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_78'] = x_one_host_veth_each__mutmut_78 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_79'] = x_one_host_veth_each__mutmut_79 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_80'] = x_one_host_veth_each__mutmut_80 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_81'] = x_one_host_veth_each__mutmut_81 # type: ignore # mutmut generated
mutants_x_one_host_veth_each__mutmut['x_one_host_veth_each__mutmut_82'] = x_one_host_veth_each__mutmut_82 # type: ignore # mutmut generated


claim("S-VETH-3", observes="seed", part="veth")(one_host_veth_each)
mutants_x_pair_indices__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_pair_indices__mutmut)
def pair_indices(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable(None, needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=None, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=None)
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable(needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, )
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("XXnamespaces_not_enteredXX", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("NAMESPACES_NOT_ENTERED", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(None))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = None
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(None), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(None)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact(None, "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", None, veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=None)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, )
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("XXeth0_ifn_names_host_vethXX", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("ETH0_IFN_NAMES_HOST_VETH", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "XXvethXX", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "VETH", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if (veth) and False else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if (veth) or True else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 or veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            break
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact(None, eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", None, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, None, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=None)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact(eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, )
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("XXifm_names_eth0_indexXX", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("IFM_NAMES_ETH0_INDEX", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(None, f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", None)
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", )
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            None,
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            None,
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            None,
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=None,
            role=view.role,
        )


def x_pair_indices__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=None,
        )


def x_pair_indices__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            role=view.role,
        )


def x_pair_indices__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            )


def x_pair_indices__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "XXeth0_veth_indicesXX",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "ETH0_VETH_INDICES",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "XXcontainer.peer_indicesXX",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "CONTAINER.PEER_INDICES",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if (abs(eth0.index - veth.index) == 1) and False else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if (abs(eth0.index - veth.index) == 1) or True else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "XXadjacentXX" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "ADJACENT" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(None) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index + veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) != 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 2 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "XXcrossXX",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "CROSS",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" and abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices != "cross" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "XXcrossXX" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "CROSS" or abs(eth0.index - veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(None) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index + veth.index) == 1,
            role=view.role,
        )


def x_pair_indices__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) != 1,
            role=view.role,
        )


def x_pair_indices__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The container's eth0 and its host veth are the two ends of one veth pair, and their indices point at
    each other.

    Documented: eth0@ifN where N is the host veth's index; vethX@ifM where M is eth0's index; indices
        {container.peer_indices}
    Ko documented: eth0@ifN의 N은 호스트 veth의 인덱스; vethX@ifM의 M은 eth0의 인덱스; 두 인덱스는
        {container.peer_indices}
    By hand: docker exec busybox1 ip addr; ip addr
    Title: {container.device}@ifN and vethX@ifM point at each other
    Ko: 컨테이너의 eth0와 호스트의 veth는 한 veth 쌍의 양 끝이며, 서로의 인덱스를 가리킨다.
    Ko title: {container.device}@ifN과 vethX@ifM이 서로를 가리킨다
    Seed: 18: eth0@if19 (inside busybox1) / 19: veth4eb48a6@if18 (on the host)
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    for view in seed.containers():
        assert view.netns is not None
        eth0, veth = view.netns.interface(profile.container.device), seed.host_end(view)
        j.fact("eth0_ifn_names_host_veth", "veth", veth.kind if veth else None, role=view.role)
        if not (eth0 and veth):
            continue
        j.fact("ifm_names_eth0_index", eth0.index, veth.peer_index, name=veth.name)
        j.attach(f"{view.role} pair", f"{eth0.index}: {eth0.label} <-> {veth.index}: {veth.label}")
        j.expect(
            "eth0_veth_indices",
            "container.peer_indices",
            "adjacent" if abs(eth0.index - veth.index) == 1 else "cross",
            holds=profile.container.peer_indices == "cross" or abs(eth0.index - veth.index) == 2,
            role=view.role,
        )

mutants_x_pair_indices__mutmut['_mutmut_orig'] = x_pair_indices__mutmut_orig # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_1'] = x_pair_indices__mutmut_1 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_2'] = x_pair_indices__mutmut_2 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_3'] = x_pair_indices__mutmut_3 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_4'] = x_pair_indices__mutmut_4 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_5'] = x_pair_indices__mutmut_5 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_6'] = x_pair_indices__mutmut_6 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_7'] = x_pair_indices__mutmut_7 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_8'] = x_pair_indices__mutmut_8 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_9'] = x_pair_indices__mutmut_9 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_10'] = x_pair_indices__mutmut_10 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_11'] = x_pair_indices__mutmut_11 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_12'] = x_pair_indices__mutmut_12 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_13'] = x_pair_indices__mutmut_13 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_14'] = x_pair_indices__mutmut_14 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_15'] = x_pair_indices__mutmut_15 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_16'] = x_pair_indices__mutmut_16 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_17'] = x_pair_indices__mutmut_17 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_18'] = x_pair_indices__mutmut_18 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_19'] = x_pair_indices__mutmut_19 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_20'] = x_pair_indices__mutmut_20 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_21'] = x_pair_indices__mutmut_21 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_22'] = x_pair_indices__mutmut_22 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_23'] = x_pair_indices__mutmut_23 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_24'] = x_pair_indices__mutmut_24 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_25'] = x_pair_indices__mutmut_25 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_26'] = x_pair_indices__mutmut_26 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_27'] = x_pair_indices__mutmut_27 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_28'] = x_pair_indices__mutmut_28 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_29'] = x_pair_indices__mutmut_29 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_30'] = x_pair_indices__mutmut_30 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_31'] = x_pair_indices__mutmut_31 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_32'] = x_pair_indices__mutmut_32 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_33'] = x_pair_indices__mutmut_33 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_34'] = x_pair_indices__mutmut_34 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_35'] = x_pair_indices__mutmut_35 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_36'] = x_pair_indices__mutmut_36 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_37'] = x_pair_indices__mutmut_37 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_38'] = x_pair_indices__mutmut_38 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_39'] = x_pair_indices__mutmut_39 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_40'] = x_pair_indices__mutmut_40 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_41'] = x_pair_indices__mutmut_41 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_42'] = x_pair_indices__mutmut_42 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_43'] = x_pair_indices__mutmut_43 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_44'] = x_pair_indices__mutmut_44 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_45'] = x_pair_indices__mutmut_45 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_46'] = x_pair_indices__mutmut_46 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_47'] = x_pair_indices__mutmut_47 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_48'] = x_pair_indices__mutmut_48 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_49'] = x_pair_indices__mutmut_49 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_50'] = x_pair_indices__mutmut_50 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_51'] = x_pair_indices__mutmut_51 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_52'] = x_pair_indices__mutmut_52 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_53'] = x_pair_indices__mutmut_53 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_54'] = x_pair_indices__mutmut_54 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_55'] = x_pair_indices__mutmut_55 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_56'] = x_pair_indices__mutmut_56 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_57'] = x_pair_indices__mutmut_57 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_58'] = x_pair_indices__mutmut_58 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_59'] = x_pair_indices__mutmut_59 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_60'] = x_pair_indices__mutmut_60 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_61'] = x_pair_indices__mutmut_61 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_62'] = x_pair_indices__mutmut_62 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_63'] = x_pair_indices__mutmut_63 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_64'] = x_pair_indices__mutmut_64 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_65'] = x_pair_indices__mutmut_65 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_66'] = x_pair_indices__mutmut_66 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_67'] = x_pair_indices__mutmut_67 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_68'] = x_pair_indices__mutmut_68 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_69'] = x_pair_indices__mutmut_69 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_70'] = x_pair_indices__mutmut_70 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_71'] = x_pair_indices__mutmut_71 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_72'] = x_pair_indices__mutmut_72 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_73'] = x_pair_indices__mutmut_73 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_74'] = x_pair_indices__mutmut_74 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_75'] = x_pair_indices__mutmut_75 # type: ignore # mutmut generated
mutants_x_pair_indices__mutmut['x_pair_indices__mutmut_76'] = x_pair_indices__mutmut_76 # type: ignore # mutmut generated


claim("S-VETH-4", observes="seed", part="veth")(pair_indices)
mutants_x_host_end_on_bridge__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_host_end_on_bridge__mutmut)
def host_end_on_bridge(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable(None, needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=None, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=None)
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable(needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, )
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("XXnamespaces_not_enteredXX", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("NAMESPACES_NOT_ENTERED", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(None))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = None
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(None)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = None
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = None
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(None)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None and bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is not None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is not None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact(None, True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", None, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, None, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=None)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact(True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, )
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("XXhost_veth_and_bridge_foundXX", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("HOST_VETH_AND_BRIDGE_FOUND", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", False, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, True, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            break
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = None
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(None)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect(None, "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", None, master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=None)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, )
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("XXmasterXX", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("MASTER", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "XXbridge.deviceXX", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "BRIDGE.DEVICE", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if (master) and False else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if (master) or True else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect(None, "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", None, veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", None, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=None)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, )
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("XXstateXX", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("STATE", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "XXcontainer.veth_stateXX", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "CONTAINER.VETH_STATE", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact(None, bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", None, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, None, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=None, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=None)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact(bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, )
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("XXmtu_2XX", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("MTU_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact(None, True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", None, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=None)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact(True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, )
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("XXhas_link_netnsidXX", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("HAS_LINK_NETNSID", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", False, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_83(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(None)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_84(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact(None, len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_85(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", None, len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_86(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), None)
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_87(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact(len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_88(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_89(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), )
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_90(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("XXlink_netnsids_distinctXX", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_91(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("LINK_NETNSIDS_DISTINCT", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_92(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach(None, "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_93(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", None)


def x_host_end_on_bridge__mutmut_94(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_95(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", )


def x_host_end_on_bridge__mutmut_96(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("XXip -d link show type veth (netlink)XX", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_97(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("IP -D LINK SHOW TYPE VETH (NETLINK)", "\n".join(v.summary() for v in seed.during.host.veths()))


def x_host_end_on_bridge__mutmut_98(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "\n".join(None))


def x_host_end_on_bridge__mutmut_99(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The host end is enslaved to docker0 and in the container's namespace's peer.

    Documented: master {bridge.device}, state UP, MTU = the bridge's, a link-netnsid distinct for each
        container
    Ko documented: master {bridge.device}, 상태 UP, MTU는 브리지와 같음, 컨테이너마다 다른 link-netnsid
    By hand: ip -d link show type veth
    Title: The host veth is a port of {bridge.device}, UP, in the container's netns
    Ko: 호스트 쪽 끝은 docker0에 묶여 있고, 컨테이너 네임스페이스와 짝을 이룬다.
    Ko title: 호스트 veth는 {bridge.device}의 포트이며 UP이고, 짝은 컨테이너의 네임스페이스에 있다
    Seed: 19: veth4eb48a6@if18: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state
        UP ... link-netnsid 0
    """
    if seed.unentered():
        raise Unobservable("namespaces_not_entered", needs=SYS_ADMIN, limits=list(seed.limits))
    bridge = seed.during.bridge_link(profile.bridge.device)
    netnsids = []
    for view in seed.containers():
        veth = seed.host_end(view)
        if veth is None or bridge is None:
            j.fact("host_veth_and_bridge_found", True, False, role=view.role)
            continue
        master = seed.during.host.by_index(veth.master)
        j.expect("master", "bridge.device", master.name if master else None, name=veth.name)
        j.expect("state", "container.veth_state", veth.operstate, name=veth.name)
        j.fact("mtu_2", bridge.mtu, veth.mtu, name=veth.name, name2=bridge.name)
        j.fact("has_link_netnsid", True, veth.link_netnsid is not None, name=veth.name)
        netnsids.append(veth.link_netnsid)
    j.fact("link_netnsids_distinct", len(netnsids), len(set(netnsids)))
    j.attach("ip -d link show type veth (netlink)", "XX\nXX".join(v.summary() for v in seed.during.host.veths()))

mutants_x_host_end_on_bridge__mutmut['_mutmut_orig'] = x_host_end_on_bridge__mutmut_orig # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_1'] = x_host_end_on_bridge__mutmut_1 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_2'] = x_host_end_on_bridge__mutmut_2 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_3'] = x_host_end_on_bridge__mutmut_3 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_4'] = x_host_end_on_bridge__mutmut_4 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_5'] = x_host_end_on_bridge__mutmut_5 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_6'] = x_host_end_on_bridge__mutmut_6 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_7'] = x_host_end_on_bridge__mutmut_7 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_8'] = x_host_end_on_bridge__mutmut_8 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_9'] = x_host_end_on_bridge__mutmut_9 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_10'] = x_host_end_on_bridge__mutmut_10 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_11'] = x_host_end_on_bridge__mutmut_11 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_12'] = x_host_end_on_bridge__mutmut_12 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_13'] = x_host_end_on_bridge__mutmut_13 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_14'] = x_host_end_on_bridge__mutmut_14 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_15'] = x_host_end_on_bridge__mutmut_15 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_16'] = x_host_end_on_bridge__mutmut_16 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_17'] = x_host_end_on_bridge__mutmut_17 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_18'] = x_host_end_on_bridge__mutmut_18 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_19'] = x_host_end_on_bridge__mutmut_19 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_20'] = x_host_end_on_bridge__mutmut_20 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_21'] = x_host_end_on_bridge__mutmut_21 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_22'] = x_host_end_on_bridge__mutmut_22 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_23'] = x_host_end_on_bridge__mutmut_23 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_24'] = x_host_end_on_bridge__mutmut_24 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_25'] = x_host_end_on_bridge__mutmut_25 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_26'] = x_host_end_on_bridge__mutmut_26 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_27'] = x_host_end_on_bridge__mutmut_27 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_28'] = x_host_end_on_bridge__mutmut_28 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_29'] = x_host_end_on_bridge__mutmut_29 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_30'] = x_host_end_on_bridge__mutmut_30 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_31'] = x_host_end_on_bridge__mutmut_31 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_32'] = x_host_end_on_bridge__mutmut_32 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_33'] = x_host_end_on_bridge__mutmut_33 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_34'] = x_host_end_on_bridge__mutmut_34 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_35'] = x_host_end_on_bridge__mutmut_35 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_36'] = x_host_end_on_bridge__mutmut_36 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_37'] = x_host_end_on_bridge__mutmut_37 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_38'] = x_host_end_on_bridge__mutmut_38 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_39'] = x_host_end_on_bridge__mutmut_39 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_40'] = x_host_end_on_bridge__mutmut_40 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_41'] = x_host_end_on_bridge__mutmut_41 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_42'] = x_host_end_on_bridge__mutmut_42 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_43'] = x_host_end_on_bridge__mutmut_43 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_44'] = x_host_end_on_bridge__mutmut_44 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_45'] = x_host_end_on_bridge__mutmut_45 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_46'] = x_host_end_on_bridge__mutmut_46 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_47'] = x_host_end_on_bridge__mutmut_47 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_48'] = x_host_end_on_bridge__mutmut_48 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_49'] = x_host_end_on_bridge__mutmut_49 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_50'] = x_host_end_on_bridge__mutmut_50 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_51'] = x_host_end_on_bridge__mutmut_51 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_52'] = x_host_end_on_bridge__mutmut_52 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_53'] = x_host_end_on_bridge__mutmut_53 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_54'] = x_host_end_on_bridge__mutmut_54 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_55'] = x_host_end_on_bridge__mutmut_55 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_56'] = x_host_end_on_bridge__mutmut_56 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_57'] = x_host_end_on_bridge__mutmut_57 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_58'] = x_host_end_on_bridge__mutmut_58 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_59'] = x_host_end_on_bridge__mutmut_59 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_60'] = x_host_end_on_bridge__mutmut_60 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_61'] = x_host_end_on_bridge__mutmut_61 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_62'] = x_host_end_on_bridge__mutmut_62 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_63'] = x_host_end_on_bridge__mutmut_63 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_64'] = x_host_end_on_bridge__mutmut_64 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_65'] = x_host_end_on_bridge__mutmut_65 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_66'] = x_host_end_on_bridge__mutmut_66 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_67'] = x_host_end_on_bridge__mutmut_67 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_68'] = x_host_end_on_bridge__mutmut_68 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_69'] = x_host_end_on_bridge__mutmut_69 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_70'] = x_host_end_on_bridge__mutmut_70 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_71'] = x_host_end_on_bridge__mutmut_71 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_72'] = x_host_end_on_bridge__mutmut_72 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_73'] = x_host_end_on_bridge__mutmut_73 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_74'] = x_host_end_on_bridge__mutmut_74 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_75'] = x_host_end_on_bridge__mutmut_75 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_76'] = x_host_end_on_bridge__mutmut_76 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_77'] = x_host_end_on_bridge__mutmut_77 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_78'] = x_host_end_on_bridge__mutmut_78 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_79'] = x_host_end_on_bridge__mutmut_79 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_80'] = x_host_end_on_bridge__mutmut_80 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_81'] = x_host_end_on_bridge__mutmut_81 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_82'] = x_host_end_on_bridge__mutmut_82 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_83'] = x_host_end_on_bridge__mutmut_83 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_84'] = x_host_end_on_bridge__mutmut_84 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_85'] = x_host_end_on_bridge__mutmut_85 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_86'] = x_host_end_on_bridge__mutmut_86 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_87'] = x_host_end_on_bridge__mutmut_87 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_88'] = x_host_end_on_bridge__mutmut_88 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_89'] = x_host_end_on_bridge__mutmut_89 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_90'] = x_host_end_on_bridge__mutmut_90 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_91'] = x_host_end_on_bridge__mutmut_91 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_92'] = x_host_end_on_bridge__mutmut_92 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_93'] = x_host_end_on_bridge__mutmut_93 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_94'] = x_host_end_on_bridge__mutmut_94 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_95'] = x_host_end_on_bridge__mutmut_95 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_96'] = x_host_end_on_bridge__mutmut_96 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_97'] = x_host_end_on_bridge__mutmut_97 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_98'] = x_host_end_on_bridge__mutmut_98 # type: ignore # mutmut generated
mutants_x_host_end_on_bridge__mutmut['x_host_end_on_bridge__mutmut_99'] = x_host_end_on_bridge__mutmut_99 # type: ignore # mutmut generated


claim("S-VETH-5", observes="seed", part="veth")(host_end_on_bridge)
