"""The configuration table: each daemon setting the suite reads, what it does to each claim, and
the documentation behind it, derived from the settings' meanings (`conformance/core/meanings.py`) and
the judges that read the profile keys they move. Written into `docs/settings.md` by
`python -m docker_conformance.conformance.outputs.claimsdoc`, whose freshness self-test covers it.
"""

from __future__ import annotations

import inspect
import re
from functools import cache
from typing import Any

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.configured import derive
from docker_conformance.conformance.core.meanings import MEANINGS
from docker_conformance.conformance.core.profile import Profile
from docker_conformance.conformance.model.daemon import Configuration, Setting

# a value of each setting to show what it does: the suite's own ranges, never a real host's
SAMPLES: dict[str, Any] = {
    "bip": "198.18.201.1/24",
    "fixed-cidr": "172.17.5.0/24",
    "default-address-pools": [{"base": "198.18.0.0/16", "size": 24}],
    "mtu": 1450,
    "ip": "127.0.0.1",
    "dns": ["127.0.0.53"],
    "dns-opts": ["ndots:2"],
    "dns-search": ["example.test"],
    "host-gateway-ip": "198.51.100.7",
    "host-gateway-ips": ["198.51.100.7"],
    "icc": False,
    "ip-masq": False,
    "iptables": False,
    "ip6tables": False,
    "ip-forward": False,
    "userland-proxy": False,
    "default-gateway": "172.17.0.9",
    "allow-direct-routing": True,
    "bridge-accept-fwmark": "2/3",
    "firewall-backend": "nftables",
    "bridge": "br-own",
    "default-network-opts": {"bridge": {"com.docker.network.bridge.enable_icc": "false"}},
}
TOGETHER = {"ipv6 with fixed-cidr-v6": {"ipv6": True, "fixed-cidr-v6": "2001:db8:dcf:9::/64"}}
_KEY = re.compile(r"\b([a-z_][a-z_0-9]*\.[a-z_0-9]+)\b")
_SECTIONS = ("bridge", "container", "files", "ports", "forwarding", "icc", "egress", "user_bridge", "reach",
             "firewall", "ipv6", "gateway_modes", "internal", "drivers", "networks")  # fmt: skip


@cache
def reads() -> dict[str, set[str]]:
    """Claim -> the profile keys its judge reads: in its documented value and in its code, a whole
    section where the code reads one by a computed name (`f"firewall.{table}"`)."""
    fields = Profile.model_fields
    sections = {n: {f"{n}.{k}" for k in fields[n].annotation.model_fields} for n in _SECTIONS}  # type: ignore[union-attr]
    found = {}
    for claim in registry.claims().values():
        text = claim.expects + claim.title + inspect.getsource(claim.function)
        keys = set(_KEY.findall(text)) | {f"{a}.{b}" for a, b in re.findall(r"profile\.(\w+)\.(\w+)", text)}
        for section in set(re.findall(r'profile\.(\w+)\b(?!\.)|"(\w+)\.\{', text)):
            keys |= sections.get(section[0] or section[1], set())
        found[claim.id] = keys
    return found


def effect(base: Profile, settings: dict[str, Any]) -> tuple[list[str], dict[str, str], list[str]]:
    """What `settings` (name -> value) do: the claims whose expectations they move, the claims they
    leave with nothing to judge (and why), and the claims they leave partly unjudged."""
    config = Configuration(settings={k: Setting(value=v, source="daemon.json") for k, v in settings.items()})
    profile = derive(base, config, {})
    moved = set(profile.settings)
    claims = reads()
    return (
        sorted(c for c, keys in claims.items() if keys & moved and c not in profile.inapplicable),
        dict(sorted(profile.inapplicable.items())),
        sorted(c for c, keys in claims.items() if keys & set(profile.unjudged)),
    )


def _source(name: str) -> str:
    doc = inspect.getdoc(MEANINGS[name]) or ""
    return " ".join(doc.split()) or "the dockerd reference (Docker's daemon documentation) for this setting"


def markdown(base: Profile) -> str:
    lines = [
        "# The daemon settings the suite reads",
        "",
        "Generated from `conformance/core/meanings.py` and the judges by "
        "`python -m docker_conformance.conformance.outputs.claimsdoc`; do not edit by hand. "
        "Under `--profile daemon` (or `--expect-config FILE`) each setting the engine is configured with "
        "moves the claims that follow it (they *deviate from the documented default*, "
        "naming it), or leaves a claim, or a part of one, with nothing to judge (*not applicable*, "
        "naming it). The value shown is the one this table was derived with.",
        "",
        "| setting | value shown | claims it moves | not applicable | partly unjudged | source |",
        "|---|---|---|---|---|---|",
    ]
    rows = [(name, {name: SAMPLES[name]}, _source(name)) for name in sorted(MEANINGS) if name in SAMPLES]
    rows += [
        (name, values, "dockerd reference, `ipv6` and `fixed-cidr-v6`, read together")
        for name, values in TOGETHER.items()
    ]
    for name, values, source in rows:
        moved, meaningless, partly = effect(base, values)
        shown = ", ".join(f"`{k}={v}`" for k, v in values.items())
        lines.append(
            f"| `{name}` | {shown} | {', '.join(moved) or '-'} | "
            + ("; ".join(f"{c} ({why})" for c, why in meaningless.items()) or "-")
            + f" | {', '.join(partly) or '-'} | {source.replace('|', '/')} |"
        )
    unread = sorted(set(MEANINGS) - set(SAMPLES))
    if unread:
        lines += ["", f"Read, with no value shown here: {', '.join(unread)}."]
    return "\n".join(lines) + "\n"
