"""The claim registry: every claim, declared once beside its judge, as the rest of the suite reads it.

A judge module declares its family's claims (`core.declaration`); this module imports every
judge module, by the explicit import list of `judges`, and so holds them all. Everything
else derives from here: the conformance tests (one per claim, its ID in the test ID), their
Allure labels and markers, the claims documents in both languages (`outputs.claimsdoc`), the
topology's parts, and the self-test that every claim has a negative control.
"""

from __future__ import annotations

import string
from typing import Any

from docker_conformance.conformance import judges  # noqa: F401 (its explicit import list declares every claim)
from docker_conformance.conformance.core.declaration import CLAIMS, FAMILIES, Claim, Family, rank

__all__ = ["Claim", "Family", "claims", "families", "feature_ko", "get", "inapplicable_with",
           "judge", "of_module", "parts", "render"]  # fmt: skip


def families() -> dict[str, Family]:
    """Every declared family, by code, in the order of the claims document."""
    return {code: FAMILIES[code] for code in sorted(FAMILIES, key=rank)}


def feature_ko(feature: str) -> str:
    """A feature's Korean name, as its family declares it."""
    return next((f.feature_ko for f in families().values() if f.feature == feature), feature)


def claims() -> dict[str, Claim]:
    """Every declared claim, in the order of the claims document."""
    return {c.id: c for c in sorted(CLAIMS.values(), key=Claim.sort_key)}


def of_a_run() -> dict[str, Claim]:
    """The claims a run judges: every one but an upgrade's (U-*), which `upgrade after` adds."""
    return {i: c for i, c in claims().items() if c.observes != "upgrade"}


def inapplicable_with(condition: str) -> list[str]:
    """The claims that declare `condition` (a setting with its value) leaves them nothing to judge."""
    return [c.id for c in claims().values() if condition in c.conditions]


def get(claim_id: str) -> Claim:
    found = claims().get(claim_id)
    if found is None:
        raise KeyError(f"unknown claim {claim_id}")
    return found


def of_module(module: str) -> list[Claim]:
    """The claims a judge module declares (`judges.veth` or just `veth`)."""
    short = module.rsplit(".", 1)[-1]
    return [c for c in claims().values() if c.module == short]


class _Words(string.Formatter):
    """Values as a reader writes them: lists joined with commas, booleans as yes/no, None as null."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, tuple | list):
            return ", ".join(map(str, value))
        if isinstance(value, bool):
            return "yes" if value else "no"
        if value is None:
            return "null"
        return super().format_field(value, format_spec)


def parts() -> dict[str, tuple[str, ...]]:
    """The topology's parts and the claims each is about."""
    found: dict[str, tuple[str, ...]] = {}
    for c in claims().values():
        if c.part:
            found[c.part] = (*found.get(c.part, ()), c.id)
    return found


def judge(claim_id: str, observation: Any, profile: Any) -> Any:
    """The verdict of one claim on an observation (of the kind its declaration names)."""
    return get(claim_id).judge(observation, profile)


def render(template: str, profile: Any) -> str:
    """A template with profile keys in braces, filled from `profile`: `{bridge.mtu}` -> `1500`."""
    return _Words().vformat(
        template, (), {name: getattr(profile, name) for name in type(profile).model_fields}
    )
