"""S-IPAM-*: the bridge network's address management, as `docker network inspect` shows it."""

from __future__ import annotations

import ipaddress
from typing import Any

from docker_conformance.conformance.core.declaration import claim, family
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.core.verdict import Judgement
from docker_conformance.conformance.judges.shared import cidr_in, locally_administered_unicast, seen
from docker_conformance.conformance.model.netns import subnet_of
from docker_conformance.conformance.model.seed import SeedObservation

family(__name__, "IPAM", "The bridge network", "bridge 네트워크")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_bridge_ipam__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bridge_ipam__mutmut)
def bridge_ipam(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = None
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = None
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") and {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get(None) or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("XXIPAMXX") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("ipam") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect(None, "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", None, bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", None)
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", )
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("XXdriverXX", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("DRIVER", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "XXbridge.driverXX", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "BRIDGE.DRIVER", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get(None))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("XXDriverXX"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("DRIVER"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect(None, "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", None, ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", None)
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", )
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("XXipam_driverXX", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("IPAM_DRIVER", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "XXbridge.ipam_driverXX", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "BRIDGE.IPAM_DRIVER", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get(None))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("XXDriverXX"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("DRIVER"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect(None, "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", None, ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", )
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("XXipam_optionsXX", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("IPAM_OPTIONS", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "XXbridge.ipam_optionsXX", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "BRIDGE.IPAM_OPTIONS", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") and None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get(None) or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("XXOptionsXX") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("OPTIONS") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect(None, "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", None, subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", None)
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", )
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("XXipam_config_0_subnetXX", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("IPAM_CONFIG_0_SUBNET", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "XXbridge.subnetXX", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "BRIDGE.SUBNET", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(None))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect(None, "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", None, bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", None)
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", )
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("XXconfigonlyXX", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("CONFIGONLY", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "XXbridge.config_onlyXX", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "BRIDGE.CONFIG_ONLY", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get(None))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("XXConfigOnlyXX"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("configonly"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("CONFIGONLY"))
    j.attach("docker network inspect bridge (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach(None, str(ipam))


def x_bridge_ipam__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", None)


def x_bridge_ipam__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach(str(ipam))


def x_bridge_ipam__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", )


def x_bridge_ipam__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("XXdocker network inspect bridge (IPAM)XX", str(ipam))


def x_bridge_ipam__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (ipam)", str(ipam))


def x_bridge_ipam__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("DOCKER NETWORK INSPECT BRIDGE (IPAM)", str(ipam))


def x_bridge_ipam__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network's IPAM configuration.

    Documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    Ko documented: Driver {bridge.driver}, IPAM.Driver {bridge.ipam_driver}, IPAM.Options
        {bridge.ipam_options}, IPAM.Config[0].Subnet {bridge.subnet}, ConfigOnly {bridge.config_only}
    By hand: docker network inspect bridge
    Title: The {bridge.network} network's IPAM: {bridge.ipam_driver} driver, subnet {bridge.subnet}
    Ko: bridge 네트워크의 IPAM 설정.
    Ko title: {bridge.network} 네트워크의 IPAM: {bridge.ipam_driver} 드라이버, 서브넷 {bridge.subnet}
    Seed: "IPAM": {"Driver": "default", "Options": null, "Config": [{"Subnet": "172.17.0.0/16"}]}
    """
    bridge = seed.during.bridge
    ipam = bridge.get("IPAM") or {}
    j.expect("driver", "bridge.driver", bridge.get("Driver"))
    j.expect("ipam_driver", "bridge.ipam_driver", ipam.get("Driver"))
    j.expect("ipam_options", "bridge.ipam_options", ipam.get("Options") or None)
    j.expect("ipam_config_0_subnet", "bridge.subnet", subnet_of(bridge))
    j.expect("configonly", "bridge.config_only", bridge.get("ConfigOnly"))
    j.attach("docker network inspect bridge (IPAM)", str(None))

mutants_x_bridge_ipam__mutmut['_mutmut_orig'] = x_bridge_ipam__mutmut_orig # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_1'] = x_bridge_ipam__mutmut_1 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_2'] = x_bridge_ipam__mutmut_2 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_3'] = x_bridge_ipam__mutmut_3 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_4'] = x_bridge_ipam__mutmut_4 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_5'] = x_bridge_ipam__mutmut_5 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_6'] = x_bridge_ipam__mutmut_6 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_7'] = x_bridge_ipam__mutmut_7 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_8'] = x_bridge_ipam__mutmut_8 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_9'] = x_bridge_ipam__mutmut_9 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_10'] = x_bridge_ipam__mutmut_10 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_11'] = x_bridge_ipam__mutmut_11 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_12'] = x_bridge_ipam__mutmut_12 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_13'] = x_bridge_ipam__mutmut_13 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_14'] = x_bridge_ipam__mutmut_14 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_15'] = x_bridge_ipam__mutmut_15 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_16'] = x_bridge_ipam__mutmut_16 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_17'] = x_bridge_ipam__mutmut_17 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_18'] = x_bridge_ipam__mutmut_18 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_19'] = x_bridge_ipam__mutmut_19 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_20'] = x_bridge_ipam__mutmut_20 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_21'] = x_bridge_ipam__mutmut_21 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_22'] = x_bridge_ipam__mutmut_22 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_23'] = x_bridge_ipam__mutmut_23 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_24'] = x_bridge_ipam__mutmut_24 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_25'] = x_bridge_ipam__mutmut_25 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_26'] = x_bridge_ipam__mutmut_26 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_27'] = x_bridge_ipam__mutmut_27 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_28'] = x_bridge_ipam__mutmut_28 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_29'] = x_bridge_ipam__mutmut_29 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_30'] = x_bridge_ipam__mutmut_30 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_31'] = x_bridge_ipam__mutmut_31 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_32'] = x_bridge_ipam__mutmut_32 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_33'] = x_bridge_ipam__mutmut_33 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_34'] = x_bridge_ipam__mutmut_34 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_35'] = x_bridge_ipam__mutmut_35 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_36'] = x_bridge_ipam__mutmut_36 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_37'] = x_bridge_ipam__mutmut_37 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_38'] = x_bridge_ipam__mutmut_38 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_39'] = x_bridge_ipam__mutmut_39 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_40'] = x_bridge_ipam__mutmut_40 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_41'] = x_bridge_ipam__mutmut_41 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_42'] = x_bridge_ipam__mutmut_42 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_43'] = x_bridge_ipam__mutmut_43 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_44'] = x_bridge_ipam__mutmut_44 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_45'] = x_bridge_ipam__mutmut_45 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_46'] = x_bridge_ipam__mutmut_46 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_47'] = x_bridge_ipam__mutmut_47 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_48'] = x_bridge_ipam__mutmut_48 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_49'] = x_bridge_ipam__mutmut_49 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_50'] = x_bridge_ipam__mutmut_50 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_51'] = x_bridge_ipam__mutmut_51 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_52'] = x_bridge_ipam__mutmut_52 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_53'] = x_bridge_ipam__mutmut_53 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_54'] = x_bridge_ipam__mutmut_54 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_55'] = x_bridge_ipam__mutmut_55 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_56'] = x_bridge_ipam__mutmut_56 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_57'] = x_bridge_ipam__mutmut_57 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_58'] = x_bridge_ipam__mutmut_58 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_59'] = x_bridge_ipam__mutmut_59 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_60'] = x_bridge_ipam__mutmut_60 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_61'] = x_bridge_ipam__mutmut_61 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_62'] = x_bridge_ipam__mutmut_62 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_63'] = x_bridge_ipam__mutmut_63 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_64'] = x_bridge_ipam__mutmut_64 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_65'] = x_bridge_ipam__mutmut_65 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_66'] = x_bridge_ipam__mutmut_66 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_67'] = x_bridge_ipam__mutmut_67 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_68'] = x_bridge_ipam__mutmut_68 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_69'] = x_bridge_ipam__mutmut_69 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_70'] = x_bridge_ipam__mutmut_70 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_71'] = x_bridge_ipam__mutmut_71 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_72'] = x_bridge_ipam__mutmut_72 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_73'] = x_bridge_ipam__mutmut_73 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_74'] = x_bridge_ipam__mutmut_74 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_75'] = x_bridge_ipam__mutmut_75 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_76'] = x_bridge_ipam__mutmut_76 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_77'] = x_bridge_ipam__mutmut_77 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_78'] = x_bridge_ipam__mutmut_78 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_79'] = x_bridge_ipam__mutmut_79 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_80'] = x_bridge_ipam__mutmut_80 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_81'] = x_bridge_ipam__mutmut_81 # type: ignore # mutmut generated
mutants_x_bridge_ipam__mutmut['x_bridge_ipam__mutmut_82'] = x_bridge_ipam__mutmut_82 # type: ignore # mutmut generated


claim("S-IPAM-1", observes="seed", part="bridge")(bridge_ipam)
mutants_x_bridge_lists_containers__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bridge_lists_containers__mutmut)
def bridge_lists_containers(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = None
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = None
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(None)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact(None, True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", None, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=None)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact(True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, )
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("XXlisted_by_idXX", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("LISTED_BY_ID", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", False, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is not None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            break
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact(None, view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", None, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, None, role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=None)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact(view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), )
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("XXnameXX", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("NAME", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get(None), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("XXNameXX"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("NAME"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            None,
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            None,
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            None,
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=None,
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=None,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "XXendpointidXX",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "ENDPOINTID",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get(None)!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('XXEndpointIDXX')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('endpointid')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('ENDPOINTID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get(None),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("XXEndpointIDXX"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("endpointid"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("ENDPOINTID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID")) or entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(None)
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get(None))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("XXEndpointIDXX"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("endpointid"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("ENDPOINTID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get(None) == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("XXEndpointIDXX") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("endpointid") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("ENDPOINTID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") != view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get(None),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("XXEndpointIDXX"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("endpointid"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("ENDPOINTID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact(None, view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", None, entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), None, role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=None)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact(view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), )
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("XXmacaddressXX", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("MACADDRESS", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get(None), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("XXMacAddressXX"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("macaddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MACADDRESS"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get(None), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("XXMacAddressXX"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_83(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("macaddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_84(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MACADDRESS"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_85(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            None,
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_86(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            None,
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_87(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            None,
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_88(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=None,
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_89(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=None,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_90(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_91(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_92(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_93(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_94(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_95(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "XXipv4addressXX",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_96(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "IPV4ADDRESS",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_97(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "XXbridge.subnetXX",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_98(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "BRIDGE.SUBNET",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_99(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get(None),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_100(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("XXIPv4AddressXX"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_101(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("ipv4address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_102(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPV4ADDRESS"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_103(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(None),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_104(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get(None)),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_105(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("XXIPAddressXX")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_106(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("ipaddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_107(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPADDRESS")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_108(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = None
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_109(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") and "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_110(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get(None) or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_111(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("XXIPv6AddressXX") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_112(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("ipv6address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_113(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPV6ADDRESS") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_114(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "XXXX", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_115(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            None,
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_116(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            None,
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_117(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            None,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_118(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=None,
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_119(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=None,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_120(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_121(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_122(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_123(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_124(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_125(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "XXipv6addressXX",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_126(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "IPV6ADDRESS",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_127(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "XXcontainer.ipv6_addressXX",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_128(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "CONTAINER.IPV6_ADDRESS",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_129(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if (prefix) and False else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_130(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if (prefix) or True else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_131(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(None, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_132(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, None) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_133(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_134(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, ) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_135(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 != "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_136(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "XXXX",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(listed))


def x_bridge_lists_containers__mutmut_137(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach(None, str(listed))


def x_bridge_lists_containers__mutmut_138(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", None)


def x_bridge_lists_containers__mutmut_139(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach(str(listed))


def x_bridge_lists_containers__mutmut_140(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", )


def x_bridge_lists_containers__mutmut_141(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("XXdocker network inspect bridge (Containers)XX", str(listed))


def x_bridge_lists_containers__mutmut_142(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (containers)", str(listed))


def x_bridge_lists_containers__mutmut_143(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("DOCKER NETWORK INSPECT BRIDGE (CONTAINERS)", str(listed))


def x_bridge_lists_containers__mutmut_144(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """The bridge network lists its running containers.

    Documented: keyed by container ID: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": none; a prefix: an address of it, with `fixed-cidr-v6`)
    Ko documented: 컨테이너 ID를 키로: Name, EndpointID, MacAddress, IPv4Address <ip>/{bridge.prefixlen},
        IPv6Address "{container.ipv6_address}" ("": 없음; 프리픽스: `fixed-cidr-v6`가 있을 때 그 안의 주소)
    By hand: docker network inspect bridge
    Title: docker network inspect {bridge.network} lists busybox1 and busybox2
    Ko: bridge 네트워크는 실행 중인 컨테이너를 나열한다.
    Ko title: docker network inspect {bridge.network}에 busybox1과 busybox2가 보인다
    Seed: "Containers": {"14b9779c990f...": {"Name": "busybox1", "EndpointID": "3ea17b0de094...",
        "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16", "IPv6Address": ""}}
    """
    listed = seed.during.listed()
    for view in seed.containers():
        entry = listed.get(view.id)
        j.fact("listed_by_id", True, entry is not None, role=view.role)
        if entry is None:
            continue
        j.fact("name", view.name, entry.get("Name"), role=view.role)
        j.fact(
            "endpointid",
            f"non-empty, = inspect's {view.endpoint.get('EndpointID')!r}",
            entry.get("EndpointID"),
            holds=bool(entry.get("EndpointID"))
            and entry.get("EndpointID") == view.endpoint.get("EndpointID"),
            role=view.role,
        )
        j.fact("macaddress", view.endpoint.get("MacAddress"), entry.get("MacAddress"), role=view.role)
        j.expect(
            "ipv4address",
            "bridge.subnet",
            entry.get("IPv4Address"),
            via=cidr_in(view.endpoint.get("IPAddress")),
            role=view.role,
        )
        v6, prefix = entry.get("IPv6Address") or "", profile.container.ipv6_address
        j.expect(
            "ipv6address",
            "container.ipv6_address",
            v6,
            holds=_in_prefix(v6, prefix) if prefix else v6 == "",
            role=view.role,
        )
    j.attach("docker network inspect bridge (Containers)", str(None))

mutants_x_bridge_lists_containers__mutmut['_mutmut_orig'] = x_bridge_lists_containers__mutmut_orig # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_1'] = x_bridge_lists_containers__mutmut_1 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_2'] = x_bridge_lists_containers__mutmut_2 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_3'] = x_bridge_lists_containers__mutmut_3 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_4'] = x_bridge_lists_containers__mutmut_4 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_5'] = x_bridge_lists_containers__mutmut_5 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_6'] = x_bridge_lists_containers__mutmut_6 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_7'] = x_bridge_lists_containers__mutmut_7 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_8'] = x_bridge_lists_containers__mutmut_8 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_9'] = x_bridge_lists_containers__mutmut_9 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_10'] = x_bridge_lists_containers__mutmut_10 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_11'] = x_bridge_lists_containers__mutmut_11 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_12'] = x_bridge_lists_containers__mutmut_12 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_13'] = x_bridge_lists_containers__mutmut_13 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_14'] = x_bridge_lists_containers__mutmut_14 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_15'] = x_bridge_lists_containers__mutmut_15 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_16'] = x_bridge_lists_containers__mutmut_16 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_17'] = x_bridge_lists_containers__mutmut_17 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_18'] = x_bridge_lists_containers__mutmut_18 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_19'] = x_bridge_lists_containers__mutmut_19 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_20'] = x_bridge_lists_containers__mutmut_20 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_21'] = x_bridge_lists_containers__mutmut_21 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_22'] = x_bridge_lists_containers__mutmut_22 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_23'] = x_bridge_lists_containers__mutmut_23 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_24'] = x_bridge_lists_containers__mutmut_24 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_25'] = x_bridge_lists_containers__mutmut_25 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_26'] = x_bridge_lists_containers__mutmut_26 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_27'] = x_bridge_lists_containers__mutmut_27 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_28'] = x_bridge_lists_containers__mutmut_28 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_29'] = x_bridge_lists_containers__mutmut_29 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_30'] = x_bridge_lists_containers__mutmut_30 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_31'] = x_bridge_lists_containers__mutmut_31 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_32'] = x_bridge_lists_containers__mutmut_32 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_33'] = x_bridge_lists_containers__mutmut_33 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_34'] = x_bridge_lists_containers__mutmut_34 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_35'] = x_bridge_lists_containers__mutmut_35 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_36'] = x_bridge_lists_containers__mutmut_36 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_37'] = x_bridge_lists_containers__mutmut_37 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_38'] = x_bridge_lists_containers__mutmut_38 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_39'] = x_bridge_lists_containers__mutmut_39 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_40'] = x_bridge_lists_containers__mutmut_40 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_41'] = x_bridge_lists_containers__mutmut_41 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_42'] = x_bridge_lists_containers__mutmut_42 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_43'] = x_bridge_lists_containers__mutmut_43 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_44'] = x_bridge_lists_containers__mutmut_44 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_45'] = x_bridge_lists_containers__mutmut_45 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_46'] = x_bridge_lists_containers__mutmut_46 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_47'] = x_bridge_lists_containers__mutmut_47 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_48'] = x_bridge_lists_containers__mutmut_48 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_49'] = x_bridge_lists_containers__mutmut_49 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_50'] = x_bridge_lists_containers__mutmut_50 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_51'] = x_bridge_lists_containers__mutmut_51 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_52'] = x_bridge_lists_containers__mutmut_52 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_53'] = x_bridge_lists_containers__mutmut_53 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_54'] = x_bridge_lists_containers__mutmut_54 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_55'] = x_bridge_lists_containers__mutmut_55 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_56'] = x_bridge_lists_containers__mutmut_56 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_57'] = x_bridge_lists_containers__mutmut_57 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_58'] = x_bridge_lists_containers__mutmut_58 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_59'] = x_bridge_lists_containers__mutmut_59 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_60'] = x_bridge_lists_containers__mutmut_60 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_61'] = x_bridge_lists_containers__mutmut_61 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_62'] = x_bridge_lists_containers__mutmut_62 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_63'] = x_bridge_lists_containers__mutmut_63 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_64'] = x_bridge_lists_containers__mutmut_64 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_65'] = x_bridge_lists_containers__mutmut_65 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_66'] = x_bridge_lists_containers__mutmut_66 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_67'] = x_bridge_lists_containers__mutmut_67 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_68'] = x_bridge_lists_containers__mutmut_68 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_69'] = x_bridge_lists_containers__mutmut_69 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_70'] = x_bridge_lists_containers__mutmut_70 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_71'] = x_bridge_lists_containers__mutmut_71 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_72'] = x_bridge_lists_containers__mutmut_72 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_73'] = x_bridge_lists_containers__mutmut_73 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_74'] = x_bridge_lists_containers__mutmut_74 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_75'] = x_bridge_lists_containers__mutmut_75 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_76'] = x_bridge_lists_containers__mutmut_76 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_77'] = x_bridge_lists_containers__mutmut_77 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_78'] = x_bridge_lists_containers__mutmut_78 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_79'] = x_bridge_lists_containers__mutmut_79 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_80'] = x_bridge_lists_containers__mutmut_80 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_81'] = x_bridge_lists_containers__mutmut_81 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_82'] = x_bridge_lists_containers__mutmut_82 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_83'] = x_bridge_lists_containers__mutmut_83 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_84'] = x_bridge_lists_containers__mutmut_84 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_85'] = x_bridge_lists_containers__mutmut_85 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_86'] = x_bridge_lists_containers__mutmut_86 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_87'] = x_bridge_lists_containers__mutmut_87 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_88'] = x_bridge_lists_containers__mutmut_88 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_89'] = x_bridge_lists_containers__mutmut_89 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_90'] = x_bridge_lists_containers__mutmut_90 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_91'] = x_bridge_lists_containers__mutmut_91 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_92'] = x_bridge_lists_containers__mutmut_92 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_93'] = x_bridge_lists_containers__mutmut_93 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_94'] = x_bridge_lists_containers__mutmut_94 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_95'] = x_bridge_lists_containers__mutmut_95 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_96'] = x_bridge_lists_containers__mutmut_96 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_97'] = x_bridge_lists_containers__mutmut_97 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_98'] = x_bridge_lists_containers__mutmut_98 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_99'] = x_bridge_lists_containers__mutmut_99 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_100'] = x_bridge_lists_containers__mutmut_100 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_101'] = x_bridge_lists_containers__mutmut_101 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_102'] = x_bridge_lists_containers__mutmut_102 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_103'] = x_bridge_lists_containers__mutmut_103 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_104'] = x_bridge_lists_containers__mutmut_104 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_105'] = x_bridge_lists_containers__mutmut_105 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_106'] = x_bridge_lists_containers__mutmut_106 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_107'] = x_bridge_lists_containers__mutmut_107 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_108'] = x_bridge_lists_containers__mutmut_108 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_109'] = x_bridge_lists_containers__mutmut_109 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_110'] = x_bridge_lists_containers__mutmut_110 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_111'] = x_bridge_lists_containers__mutmut_111 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_112'] = x_bridge_lists_containers__mutmut_112 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_113'] = x_bridge_lists_containers__mutmut_113 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_114'] = x_bridge_lists_containers__mutmut_114 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_115'] = x_bridge_lists_containers__mutmut_115 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_116'] = x_bridge_lists_containers__mutmut_116 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_117'] = x_bridge_lists_containers__mutmut_117 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_118'] = x_bridge_lists_containers__mutmut_118 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_119'] = x_bridge_lists_containers__mutmut_119 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_120'] = x_bridge_lists_containers__mutmut_120 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_121'] = x_bridge_lists_containers__mutmut_121 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_122'] = x_bridge_lists_containers__mutmut_122 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_123'] = x_bridge_lists_containers__mutmut_123 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_124'] = x_bridge_lists_containers__mutmut_124 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_125'] = x_bridge_lists_containers__mutmut_125 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_126'] = x_bridge_lists_containers__mutmut_126 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_127'] = x_bridge_lists_containers__mutmut_127 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_128'] = x_bridge_lists_containers__mutmut_128 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_129'] = x_bridge_lists_containers__mutmut_129 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_130'] = x_bridge_lists_containers__mutmut_130 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_131'] = x_bridge_lists_containers__mutmut_131 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_132'] = x_bridge_lists_containers__mutmut_132 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_133'] = x_bridge_lists_containers__mutmut_133 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_134'] = x_bridge_lists_containers__mutmut_134 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_135'] = x_bridge_lists_containers__mutmut_135 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_136'] = x_bridge_lists_containers__mutmut_136 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_137'] = x_bridge_lists_containers__mutmut_137 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_138'] = x_bridge_lists_containers__mutmut_138 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_139'] = x_bridge_lists_containers__mutmut_139 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_140'] = x_bridge_lists_containers__mutmut_140 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_141'] = x_bridge_lists_containers__mutmut_141 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_142'] = x_bridge_lists_containers__mutmut_142 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_143'] = x_bridge_lists_containers__mutmut_143 # type: ignore # mutmut generated
mutants_x_bridge_lists_containers__mutmut['x_bridge_lists_containers__mutmut_144'] = x_bridge_lists_containers__mutmut_144 # type: ignore # mutmut generated


claim("S-IPAM-2", observes="seed", part="eth0")(bridge_lists_containers)
mutants_x__in_prefix__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__in_prefix__mutmut)
def _in_prefix(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_orig(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_1(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(None).ip in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_2(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip not in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_3(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(None, strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_4(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=None)
    except ValueError:
        return False


def x__in_prefix__mutmut_5(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(strict=False)
    except ValueError:
        return False


def x__in_prefix__mutmut_6(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, )
    except ValueError:
        return False


def x__in_prefix__mutmut_7(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=True)
    except ValueError:
        return False


def x__in_prefix__mutmut_8(address: str, prefix: str) -> bool:
    """`2001:db8::2/64` is an address of `2001:db8::/64` (a default bridge with `fixed-cidr-v6`)."""
    try:
        return ipaddress.IPv6Interface(address).ip in ipaddress.IPv6Network(prefix, strict=False)
    except ValueError:
        return True

mutants_x__in_prefix__mutmut['_mutmut_orig'] = x__in_prefix__mutmut_orig # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_1'] = x__in_prefix__mutmut_1 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_2'] = x__in_prefix__mutmut_2 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_3'] = x__in_prefix__mutmut_3 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_4'] = x__in_prefix__mutmut_4 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_5'] = x__in_prefix__mutmut_5 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_6'] = x__in_prefix__mutmut_6 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_7'] = x__in_prefix__mutmut_7 # type: ignore # mutmut generated
mutants_x__in_prefix__mutmut['x__in_prefix__mutmut_8'] = x__in_prefix__mutmut_8 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_joins_bridge_by_default__mutmut)
def joins_bridge_by_default(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact(None, True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", None, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, None, role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=None, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=None)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact(True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, )
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("XXhas_endpoint_onXX", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("HAS_ENDPOINT_ON", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", False, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(None), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            None, seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", None, view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), None, role=view.role
        )


def x_joins_bridge_by_default__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=None
        )


def x_joins_bridge_by_default__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), )


def x_joins_bridge_by_default__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "XXendpoint_networkXX", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "ENDPOINT_NETWORK", seed.during.bridge.get("Id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get(None), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("XXIdXX"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("id"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("ID"), view.endpoint.get("NetworkID"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get(None), role=view.role
        )


def x_joins_bridge_by_default__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("XXNetworkIDXX"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("networkid"), role=view.role
        )


def x_joins_bridge_by_default__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container started without --network joins bridge automatically.

    Documented: an endpoint on {bridge.network}
    Ko documented: {bridge.network}에 엔드포인트 하나
    By hand: docker run -d --name busybox1 busybox sleep 3600; docker inspect busybox1
    Title: A container started without --network joins {bridge.network}
    Ko: --network 없이 시작한 컨테이너는 자동으로 bridge에 연결된다.
    Ko title: --network 없이 시작한 컨테이너는 {bridge.network}에 연결된다
    Seed: 도커 컨테이너를 생성하면 자동으로 이 브리지를 활용하도록 설정되어 있다.
    """
    for view in seed.containers():
        j.fact("has_endpoint_on", True, bool(view.endpoint), role=view.role, network=profile.bridge.network)
        j.fact(
            "endpoint_network", seed.during.bridge.get("Id"), view.endpoint.get("NETWORKID"), role=view.role
        )

mutants_x_joins_bridge_by_default__mutmut['_mutmut_orig'] = x_joins_bridge_by_default__mutmut_orig # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_1'] = x_joins_bridge_by_default__mutmut_1 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_2'] = x_joins_bridge_by_default__mutmut_2 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_3'] = x_joins_bridge_by_default__mutmut_3 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_4'] = x_joins_bridge_by_default__mutmut_4 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_5'] = x_joins_bridge_by_default__mutmut_5 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_6'] = x_joins_bridge_by_default__mutmut_6 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_7'] = x_joins_bridge_by_default__mutmut_7 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_8'] = x_joins_bridge_by_default__mutmut_8 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_9'] = x_joins_bridge_by_default__mutmut_9 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_10'] = x_joins_bridge_by_default__mutmut_10 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_11'] = x_joins_bridge_by_default__mutmut_11 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_12'] = x_joins_bridge_by_default__mutmut_12 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_13'] = x_joins_bridge_by_default__mutmut_13 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_14'] = x_joins_bridge_by_default__mutmut_14 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_15'] = x_joins_bridge_by_default__mutmut_15 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_16'] = x_joins_bridge_by_default__mutmut_16 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_17'] = x_joins_bridge_by_default__mutmut_17 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_18'] = x_joins_bridge_by_default__mutmut_18 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_19'] = x_joins_bridge_by_default__mutmut_19 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_20'] = x_joins_bridge_by_default__mutmut_20 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_21'] = x_joins_bridge_by_default__mutmut_21 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_22'] = x_joins_bridge_by_default__mutmut_22 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_23'] = x_joins_bridge_by_default__mutmut_23 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_24'] = x_joins_bridge_by_default__mutmut_24 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_25'] = x_joins_bridge_by_default__mutmut_25 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_26'] = x_joins_bridge_by_default__mutmut_26 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_27'] = x_joins_bridge_by_default__mutmut_27 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_28'] = x_joins_bridge_by_default__mutmut_28 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_29'] = x_joins_bridge_by_default__mutmut_29 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_30'] = x_joins_bridge_by_default__mutmut_30 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_31'] = x_joins_bridge_by_default__mutmut_31 # type: ignore # mutmut generated
mutants_x_joins_bridge_by_default__mutmut['x_joins_bridge_by_default__mutmut_32'] = x_joins_bridge_by_default__mutmut_32 # type: ignore # mutmut generated


claim("S-IPAM-3", observes="seed", part="eth0")(joins_bridge_by_default)
mutants_x_lowest_free__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_lowest_free__mutmut)
def lowest_free(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_orig(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_1(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = "XXXX"
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_2(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = None
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_3(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(None)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_4(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = None
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_5(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} & {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_6(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(None), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_7(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(None)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_8(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split(None)[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_9(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["XXIPv4AddressXX"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_10(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["ipv4address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_11(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPV4ADDRESS"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_12(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("XX/XX")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_13(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[1]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_14(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") and {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_15(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get(None) or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_16(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("XXContainersXX") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_17(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_18(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("CONTAINERS") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_19(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get(None)
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_20(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("XXIPv4AddressXX")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_21(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("ipv4address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_22(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPV4ADDRESS")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_23(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = None
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_24(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(None, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_25(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=None):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_26(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_27(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, ):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_28(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool and subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_29(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=True):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_30(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(None) not in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_31(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) in taken:
            free.append(str(host))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_32(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(None)
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_33(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(None))
            if len(free) == count:
                break
    return free


def x_lowest_free__mutmut_34(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) != count:
                break
    return free


def x_lowest_free__mutmut_35(
    bridge_before: dict[str, Any], subnet: str, gateway: str, count: int, pool: str = ""
) -> list[str]:
    """The `count` lowest addresses of `pool` (`fixed-cidr`; by default the whole `subnet`) that are
    not the gateway, not taken, and not `subnet`'s own network or broadcast address: a range's
    first address is handed out when the subnet's is elsewhere (measured on 20.10)."""
    network = ipaddress.IPv4Network(subnet)
    taken = {gateway, str(network.network_address), str(network.broadcast_address)} | {
        c["IPv4Address"].split("/")[0]
        for c in (bridge_before.get("Containers") or {}).values()
        if c.get("IPv4Address")
    }
    free: list[str] = []
    for host in ipaddress.IPv4Network(pool or subnet, strict=False):
        if str(host) not in taken:
            free.append(str(host))
            if len(free) == count:
                return
    return free

mutants_x_lowest_free__mutmut['_mutmut_orig'] = x_lowest_free__mutmut_orig # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_1'] = x_lowest_free__mutmut_1 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_2'] = x_lowest_free__mutmut_2 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_3'] = x_lowest_free__mutmut_3 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_4'] = x_lowest_free__mutmut_4 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_5'] = x_lowest_free__mutmut_5 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_6'] = x_lowest_free__mutmut_6 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_7'] = x_lowest_free__mutmut_7 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_8'] = x_lowest_free__mutmut_8 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_9'] = x_lowest_free__mutmut_9 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_10'] = x_lowest_free__mutmut_10 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_11'] = x_lowest_free__mutmut_11 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_12'] = x_lowest_free__mutmut_12 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_13'] = x_lowest_free__mutmut_13 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_14'] = x_lowest_free__mutmut_14 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_15'] = x_lowest_free__mutmut_15 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_16'] = x_lowest_free__mutmut_16 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_17'] = x_lowest_free__mutmut_17 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_18'] = x_lowest_free__mutmut_18 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_19'] = x_lowest_free__mutmut_19 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_20'] = x_lowest_free__mutmut_20 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_21'] = x_lowest_free__mutmut_21 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_22'] = x_lowest_free__mutmut_22 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_23'] = x_lowest_free__mutmut_23 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_24'] = x_lowest_free__mutmut_24 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_25'] = x_lowest_free__mutmut_25 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_26'] = x_lowest_free__mutmut_26 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_27'] = x_lowest_free__mutmut_27 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_28'] = x_lowest_free__mutmut_28 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_29'] = x_lowest_free__mutmut_29 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_30'] = x_lowest_free__mutmut_30 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_31'] = x_lowest_free__mutmut_31 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_32'] = x_lowest_free__mutmut_32 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_33'] = x_lowest_free__mutmut_33 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_34'] = x_lowest_free__mutmut_34 # type: ignore # mutmut generated
mutants_x_lowest_free__mutmut['x_lowest_free__mutmut_35'] = x_lowest_free__mutmut_35 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_addresses_in_order__mutmut)
def addresses_in_order(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = None
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) and profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(None) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = None
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") and profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get(None) or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("XXGatewayXX") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("GATEWAY") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = None
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(None, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, None, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, None, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, None, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, None)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, )
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 3, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = None
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get(None) for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("XXIPAddressXX") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("ipaddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPADDRESS") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity or observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed == expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge(None, activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=None, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=None)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge(activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, )
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("XXallocation_order_cannot_be_judgedXX", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("ALLOCATION_ORDER_CANNOT_BE_JUDGED", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect(None, "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", None, observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", None, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=None)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, )
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("XXbusybox1_busybox2_addressesXX", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("BUSYBOX1_BUSYBOX2_ADDRESSES", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "XXbridge.fixed_cidrXX", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "BRIDGE.FIXED_CIDR", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed != expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact(None, expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", None, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, None)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_53(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact(expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_54(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_55(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, )
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_56(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("XXbusybox1_busybox2_addressesXX", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_57(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("BUSYBOX1_BUSYBOX2_ADDRESSES", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_58(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect(None, "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_59(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", None, subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_60(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", None)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_61(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_62(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_63(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", )
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_64(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("XXsubnet_they_come_fromXX", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_65(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("SUBNET_THEY_COME_FROM", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_66(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "XXbridge.subnetXX", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_67(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "BRIDGE.SUBNET", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_68(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            None, held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_69(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=None
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_70(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_71(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_72(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "XXexpectation_from_heldXX", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_73(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "EXPECTATION_FROM_HELD", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_74(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get(None)}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_75(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('XXNameXX')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_76(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_77(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('NAME')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_78(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get(None)}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_79(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('XXIPv4AddressXX')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_80(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('ipv4address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_81(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPV4ADDRESS')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_82(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach(None, seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_83(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", None)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_84(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach(seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_85(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", )
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_86(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("XXdocker exec busybox1 ip addrXX", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_87(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("DOCKER EXEC BUSYBOX1 IP ADDR", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_88(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach(None, seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_89(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", None)


def x_addresses_in_order__mutmut_90(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach(seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_91(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("docker exec busybox2 ip addr", )


def x_addresses_in_order__mutmut_92(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("XXdocker exec busybox2 ip addrXX", seed.busybox2.ip_addr.output)


def x_addresses_in_order__mutmut_93(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """Addresses are handed out in order from the subnet, after the gateway.

    Documented: the lowest free addresses of {bridge.subnet} after {bridge.gateway}: on an empty bridge the
        first container gets .2, the next .3
    Ko documented: {bridge.gateway} 다음부터 {bridge.subnet}에서 비어 있는 가장 낮은 주소: 빈 브리지에서 첫
        컨테이너는 .2, 다음은 .3
    By hand: docker exec busybox1 ip addr; docker exec busybox2 ip addr
    Title: busybox1 and busybox2 get the lowest free addresses of {bridge.subnet}, in order
    Ko: 주소는 게이트웨이 다음부터 서브넷 안에서 차례로 할당된다.
    Ko title: busybox1과 busybox2는 {bridge.subnet}에서 가장 낮은 빈 주소를 차례로 받는다
    Seed: 이 대역 안에서 IP를 할당받게 된다. (예: 172.17.0.2, 172.17.0.3)
    """
    subnet = subnet_of(seed.before.bridge) or profile.bridge.subnet
    gateway = seed.busybox1.endpoint.get("Gateway") or profile.bridge.gateway
    expected = lowest_free(seed.before.bridge, subnet, gateway, 2, profile.bridge.fixed_cidr)
    observed = [v.endpoint.get("IPAddress") for v in seed.containers()]
    if seed.activity and observed != expected:
        j.cannot_judge("allocation_order_cannot_be_judged", activity=seed.activity, attempts=seed.attempts)
    elif profile.bridge.fixed_cidr:  # `fixed-cidr`: the lowest free of that range
        j.expect("busybox1_busybox2_addresses", "bridge.fixed_cidr", observed, holds=observed == expected)
    else:
        j.fact("busybox1_busybox2_addresses", expected, observed)
    j.expect("subnet_they_come_from", "bridge.subnet", subnet)
    if held := seed.before.listed():
        j.note(
            "expectation_from_held", held=[f"{c.get('Name')}={c.get('IPv4Address')}" for c in held.values()]
        )
    j.attach("docker exec busybox1 ip addr", seed.busybox1.ip_addr.output)
    j.attach("DOCKER EXEC BUSYBOX2 IP ADDR", seed.busybox2.ip_addr.output)

mutants_x_addresses_in_order__mutmut['_mutmut_orig'] = x_addresses_in_order__mutmut_orig # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_1'] = x_addresses_in_order__mutmut_1 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_2'] = x_addresses_in_order__mutmut_2 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_3'] = x_addresses_in_order__mutmut_3 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_4'] = x_addresses_in_order__mutmut_4 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_5'] = x_addresses_in_order__mutmut_5 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_6'] = x_addresses_in_order__mutmut_6 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_7'] = x_addresses_in_order__mutmut_7 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_8'] = x_addresses_in_order__mutmut_8 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_9'] = x_addresses_in_order__mutmut_9 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_10'] = x_addresses_in_order__mutmut_10 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_11'] = x_addresses_in_order__mutmut_11 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_12'] = x_addresses_in_order__mutmut_12 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_13'] = x_addresses_in_order__mutmut_13 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_14'] = x_addresses_in_order__mutmut_14 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_15'] = x_addresses_in_order__mutmut_15 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_16'] = x_addresses_in_order__mutmut_16 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_17'] = x_addresses_in_order__mutmut_17 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_18'] = x_addresses_in_order__mutmut_18 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_19'] = x_addresses_in_order__mutmut_19 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_20'] = x_addresses_in_order__mutmut_20 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_21'] = x_addresses_in_order__mutmut_21 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_22'] = x_addresses_in_order__mutmut_22 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_23'] = x_addresses_in_order__mutmut_23 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_24'] = x_addresses_in_order__mutmut_24 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_25'] = x_addresses_in_order__mutmut_25 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_26'] = x_addresses_in_order__mutmut_26 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_27'] = x_addresses_in_order__mutmut_27 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_28'] = x_addresses_in_order__mutmut_28 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_29'] = x_addresses_in_order__mutmut_29 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_30'] = x_addresses_in_order__mutmut_30 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_31'] = x_addresses_in_order__mutmut_31 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_32'] = x_addresses_in_order__mutmut_32 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_33'] = x_addresses_in_order__mutmut_33 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_34'] = x_addresses_in_order__mutmut_34 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_35'] = x_addresses_in_order__mutmut_35 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_36'] = x_addresses_in_order__mutmut_36 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_37'] = x_addresses_in_order__mutmut_37 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_38'] = x_addresses_in_order__mutmut_38 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_39'] = x_addresses_in_order__mutmut_39 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_40'] = x_addresses_in_order__mutmut_40 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_41'] = x_addresses_in_order__mutmut_41 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_42'] = x_addresses_in_order__mutmut_42 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_43'] = x_addresses_in_order__mutmut_43 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_44'] = x_addresses_in_order__mutmut_44 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_45'] = x_addresses_in_order__mutmut_45 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_46'] = x_addresses_in_order__mutmut_46 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_47'] = x_addresses_in_order__mutmut_47 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_48'] = x_addresses_in_order__mutmut_48 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_49'] = x_addresses_in_order__mutmut_49 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_50'] = x_addresses_in_order__mutmut_50 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_51'] = x_addresses_in_order__mutmut_51 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_52'] = x_addresses_in_order__mutmut_52 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_53'] = x_addresses_in_order__mutmut_53 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_54'] = x_addresses_in_order__mutmut_54 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_55'] = x_addresses_in_order__mutmut_55 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_56'] = x_addresses_in_order__mutmut_56 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_57'] = x_addresses_in_order__mutmut_57 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_58'] = x_addresses_in_order__mutmut_58 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_59'] = x_addresses_in_order__mutmut_59 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_60'] = x_addresses_in_order__mutmut_60 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_61'] = x_addresses_in_order__mutmut_61 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_62'] = x_addresses_in_order__mutmut_62 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_63'] = x_addresses_in_order__mutmut_63 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_64'] = x_addresses_in_order__mutmut_64 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_65'] = x_addresses_in_order__mutmut_65 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_66'] = x_addresses_in_order__mutmut_66 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_67'] = x_addresses_in_order__mutmut_67 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_68'] = x_addresses_in_order__mutmut_68 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_69'] = x_addresses_in_order__mutmut_69 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_70'] = x_addresses_in_order__mutmut_70 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_71'] = x_addresses_in_order__mutmut_71 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_72'] = x_addresses_in_order__mutmut_72 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_73'] = x_addresses_in_order__mutmut_73 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_74'] = x_addresses_in_order__mutmut_74 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_75'] = x_addresses_in_order__mutmut_75 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_76'] = x_addresses_in_order__mutmut_76 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_77'] = x_addresses_in_order__mutmut_77 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_78'] = x_addresses_in_order__mutmut_78 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_79'] = x_addresses_in_order__mutmut_79 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_80'] = x_addresses_in_order__mutmut_80 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_81'] = x_addresses_in_order__mutmut_81 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_82'] = x_addresses_in_order__mutmut_82 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_83'] = x_addresses_in_order__mutmut_83 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_84'] = x_addresses_in_order__mutmut_84 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_85'] = x_addresses_in_order__mutmut_85 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_86'] = x_addresses_in_order__mutmut_86 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_87'] = x_addresses_in_order__mutmut_87 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_88'] = x_addresses_in_order__mutmut_88 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_89'] = x_addresses_in_order__mutmut_89 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_90'] = x_addresses_in_order__mutmut_90 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_91'] = x_addresses_in_order__mutmut_91 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_92'] = x_addresses_in_order__mutmut_92 # type: ignore # mutmut generated
mutants_x_addresses_in_order__mutmut['x_addresses_in_order__mutmut_93'] = x_addresses_in_order__mutmut_93 # type: ignore # mutmut generated


claim("S-IPAM-4", observes="seed", part="eth0")(addresses_in_order)
mutants_x_mac_from_ip__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mac_from_ip__mutmut)
def mac_from_ip(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(octet):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_orig(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(octet):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_1(ip: str) -> str:
    return "02:42:" - ":".join(f"{int(octet):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_2(ip: str) -> str:
    return "XX02:42:XX" + ":".join(f"{int(octet):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_3(ip: str) -> str:
    return "02:42:" + ":".join(None)


def x_mac_from_ip__mutmut_4(ip: str) -> str:
    return "02:42:" + "XX:XX".join(f"{int(octet):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_5(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(None):02x}" for octet in ip.split("."))


def x_mac_from_ip__mutmut_6(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(octet):02x}" for octet in ip.split(None))


def x_mac_from_ip__mutmut_7(ip: str) -> str:
    return "02:42:" + ":".join(f"{int(octet):02x}" for octet in ip.split("XX.XX"))

mutants_x_mac_from_ip__mutmut['_mutmut_orig'] = x_mac_from_ip__mutmut_orig # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_1'] = x_mac_from_ip__mutmut_1 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_2'] = x_mac_from_ip__mutmut_2 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_3'] = x_mac_from_ip__mutmut_3 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_4'] = x_mac_from_ip__mutmut_4 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_5'] = x_mac_from_ip__mutmut_5 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_6'] = x_mac_from_ip__mutmut_6 # type: ignore # mutmut generated
mutants_x_mac_from_ip__mutmut['x_mac_from_ip__mutmut_7'] = x_mac_from_ip__mutmut_7 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mac_fits__mutmut)
def mac_fits(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_orig(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_1(mac: str, ip: str, rule: str) -> bool:
    if rule != "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_2(mac: str, ip: str, rule: str) -> bool:
    if rule == "XXfrom-ipXX":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_3(mac: str, ip: str, rule: str) -> bool:
    if rule == "FROM-IP":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_4(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac != mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_5(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(None)
    return bool(mac) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_6(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) or locally_administered_unicast(mac)


def x_mac_fits__mutmut_7(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(None) and locally_administered_unicast(mac)


def x_mac_fits__mutmut_8(mac: str, ip: str, rule: str) -> bool:
    if rule == "from-ip":
        return mac == mac_from_ip(ip)
    return bool(mac) and locally_administered_unicast(None)

mutants_x_mac_fits__mutmut['_mutmut_orig'] = x_mac_fits__mutmut_orig # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_1'] = x_mac_fits__mutmut_1 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_2'] = x_mac_fits__mutmut_2 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_3'] = x_mac_fits__mutmut_3 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_4'] = x_mac_fits__mutmut_4 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_5'] = x_mac_fits__mutmut_5 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_6'] = x_mac_fits__mutmut_6 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_7'] = x_mac_fits__mutmut_7 # type: ignore # mutmut generated
mutants_x_mac_fits__mutmut['x_mac_fits__mutmut_8'] = x_mac_fits__mutmut_8 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mac_derived_from_ip__mutmut)
def mac_derived_from_ip(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_orig(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_1(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = None
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_2(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get(None, ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_3(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", None),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_4(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get(""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_5(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_6(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("XXMacAddressXX", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_7(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("macaddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_8(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MACADDRESS", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_9(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", "XXXX"),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_10(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(None, view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_11(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", None),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_12(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_13(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", ),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_14(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get(None)),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_15(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("XXIPAddressXX")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_16(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("ipaddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_17(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPADDRESS")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_18(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            None,
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_19(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            None,
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_20(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            None,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_21(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=None,
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_22(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=None,
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_23(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=None,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_24(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=None,
        )


def x_mac_derived_from_ip__mutmut_25(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_26(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_27(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_28(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_29(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_30(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_31(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            )


def x_mac_derived_from_ip__mutmut_32(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "XXmacXX",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_33(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "MAC",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_34(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "XXcontainer.macXX",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_35(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "CONTAINER.MAC",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_36(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(None, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_37(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, None, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_38(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, None),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_39(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_40(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_41(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, ),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_42(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: None,
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_43(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if (rule == "from-ip") and False else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_44(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if (rule == "from-ip") or True else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_45(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(None) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_46(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule != "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_47(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "XXfrom-ipXX" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_48(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "FROM-IP" else "a locally administered unicast MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_49(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "XXa locally administered unicast MACXX"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_50(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast mac"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_51(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "A LOCALLY ADMINISTERED UNICAST MAC"
            ),
            volatile=True,  # random since 28.0
            role=view.role,
        )


def x_mac_derived_from_ip__mutmut_52(j: Judgement, seed: SeedObservation, profile: Profile) -> None:
    """A container's MAC address is derived from its IPv4 address.

    Documented: MAC rule {container.mac}: 02:42 + the four address bytes (02:42:ac:11:00:02 for 172.17.0.2);
        engine-version dependent
    Ko documented: MAC 규칙 {container.mac}: 02:42 + 주소의 네 바이트 (172.17.0.2이면 02:42:ac:11:00:02);
        엔진 버전에 따라 다르다
    By hand: docker exec busybox1 ip addr
    Title: A container's MAC follows its address (rule: {container.mac})
    Ko: 컨테이너의 MAC 주소는 IPv4 주소에서 만들어진다.
    Ko title: 컨테이너의 MAC은 주소를 따른다 (규칙: {container.mac})
    Seed: "MacAddress": "02:42:ac:11:00:02", "IPv4Address": "172.17.0.2/16"
    """
    for view in seed.containers():
        mac, ip = (
            view.endpoint.get("MacAddress", ""),
            seen(f"{view.role}'s address", view.endpoint.get("IPAddress")),
        )
        j.expect(
            "mac",
            "container.mac",
            mac,
            holds=mac_fits(mac, ip, profile.container.mac),
            via=lambda rule, ip=ip: (
                mac_from_ip(ip) if rule == "from-ip" else "a locally administered unicast MAC"
            ),
            volatile=False,  # random since 28.0
            role=view.role,
        )

mutants_x_mac_derived_from_ip__mutmut['_mutmut_orig'] = x_mac_derived_from_ip__mutmut_orig # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_1'] = x_mac_derived_from_ip__mutmut_1 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_2'] = x_mac_derived_from_ip__mutmut_2 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_3'] = x_mac_derived_from_ip__mutmut_3 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_4'] = x_mac_derived_from_ip__mutmut_4 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_5'] = x_mac_derived_from_ip__mutmut_5 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_6'] = x_mac_derived_from_ip__mutmut_6 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_7'] = x_mac_derived_from_ip__mutmut_7 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_8'] = x_mac_derived_from_ip__mutmut_8 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_9'] = x_mac_derived_from_ip__mutmut_9 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_10'] = x_mac_derived_from_ip__mutmut_10 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_11'] = x_mac_derived_from_ip__mutmut_11 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_12'] = x_mac_derived_from_ip__mutmut_12 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_13'] = x_mac_derived_from_ip__mutmut_13 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_14'] = x_mac_derived_from_ip__mutmut_14 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_15'] = x_mac_derived_from_ip__mutmut_15 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_16'] = x_mac_derived_from_ip__mutmut_16 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_17'] = x_mac_derived_from_ip__mutmut_17 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_18'] = x_mac_derived_from_ip__mutmut_18 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_19'] = x_mac_derived_from_ip__mutmut_19 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_20'] = x_mac_derived_from_ip__mutmut_20 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_21'] = x_mac_derived_from_ip__mutmut_21 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_22'] = x_mac_derived_from_ip__mutmut_22 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_23'] = x_mac_derived_from_ip__mutmut_23 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_24'] = x_mac_derived_from_ip__mutmut_24 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_25'] = x_mac_derived_from_ip__mutmut_25 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_26'] = x_mac_derived_from_ip__mutmut_26 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_27'] = x_mac_derived_from_ip__mutmut_27 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_28'] = x_mac_derived_from_ip__mutmut_28 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_29'] = x_mac_derived_from_ip__mutmut_29 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_30'] = x_mac_derived_from_ip__mutmut_30 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_31'] = x_mac_derived_from_ip__mutmut_31 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_32'] = x_mac_derived_from_ip__mutmut_32 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_33'] = x_mac_derived_from_ip__mutmut_33 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_34'] = x_mac_derived_from_ip__mutmut_34 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_35'] = x_mac_derived_from_ip__mutmut_35 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_36'] = x_mac_derived_from_ip__mutmut_36 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_37'] = x_mac_derived_from_ip__mutmut_37 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_38'] = x_mac_derived_from_ip__mutmut_38 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_39'] = x_mac_derived_from_ip__mutmut_39 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_40'] = x_mac_derived_from_ip__mutmut_40 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_41'] = x_mac_derived_from_ip__mutmut_41 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_42'] = x_mac_derived_from_ip__mutmut_42 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_43'] = x_mac_derived_from_ip__mutmut_43 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_44'] = x_mac_derived_from_ip__mutmut_44 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_45'] = x_mac_derived_from_ip__mutmut_45 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_46'] = x_mac_derived_from_ip__mutmut_46 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_47'] = x_mac_derived_from_ip__mutmut_47 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_48'] = x_mac_derived_from_ip__mutmut_48 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_49'] = x_mac_derived_from_ip__mutmut_49 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_50'] = x_mac_derived_from_ip__mutmut_50 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_51'] = x_mac_derived_from_ip__mutmut_51 # type: ignore # mutmut generated
mutants_x_mac_derived_from_ip__mutmut['x_mac_derived_from_ip__mutmut_52'] = x_mac_derived_from_ip__mutmut_52 # type: ignore # mutmut generated


claim("S-IPAM-5", observes="seed", part="eth0")(mac_derived_from_ip)
