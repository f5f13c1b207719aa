"""The claim registry: the single list of claims, each declared once, beside its judge.

    @claim("S-BR-1", observes="seed", part="bridge")
    def docker0_address(j: Judgement, seed: SeedObservation, profile: Profile) -> Verdict | None:
        '''docker0's IPv4 address.

        Documented: {bridge.gateway}/{bridge.prefixlen}, broadcast {bridge.broadcast}
        By hand: ip addr show docker0; ifconfig docker0
        Title: {bridge.device} is {bridge.gateway}/{bridge.prefixlen}
        Seed: inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0
        Ko: docker0의 IPv4 주소.
        Ko title: {bridge.device}의 주소는 {bridge.gateway}/{bridge.prefixlen}
        '''
        ...  # facts into j; returning nothing closes j into the verdict

The judge's docstring is the declaration: its first paragraph is the claim, then the documented
value and the title (templates of profile keys in braces), the by-hand command, the seed's
own words, and the claim and its title in Korean, the seed's language (both required).
Everything else derives from the registry: the conformance tests (one per claim, its ID in the
test ID), their Allure labels and markers, the claims documents in both languages
(`python -m conformance.claimsdoc`), the topology's parts, and the self-test that every claim has
a negative control.
"""

from __future__ import annotations

import importlib
import inspect
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from conformance.verdict import Judgement, Unobservable

J = TypeVar("J", bound=Callable[..., Any])
_ID = re.compile(r"^(?P<section>[SD])-(?P<family>[A-Z0-9]+)-(?P<number>\d+)$")

# The families in the order of the claims document: the code of an ID -> (feature, judge module,
# and any other module its claims may be judged in, named for what those claims share).
FAMILIES: dict[str, tuple[str, ...]] = {
    "INST": ("Installing Docker", "install"),
    "NET": ("Installing Docker", "install"),
    "BR": ("docker0", "docker0"),
    "IPAM": ("The bridge network", "ipam"),
    "VETH": ("veth pairs", "veth"),
    "BRCTL": ("Bridge membership", "bridge"),
    "PING": ("Container to container", "ping"),
    "ROUTE": ("The gateway", "route"),
    "EGRESS": ("The gateway", "egress"),
    "HOST": ("Other drivers", "drivers"),
    "NONE": ("Other drivers", "drivers"),
    "LIFE": ("Container lifecycle", "lifecycle"),
    "UBR": ("User-defined bridges", "user_bridge"),
    "PORT": ("Published ports", "port"),
    "INT": ("Internal networks", "internal"),
    "HOSTS": ("What the engine writes into a container", "files"),
    "RESOLV": ("What the engine writes into a container", "files"),
    "OPT": ("The engine's settings", "settings"),
    "ICC": ("Network options", "network_options"),
    "HAIRPIN": ("Published ports", "port"),
    "HOSTGW": ("What the engine writes into a container", "files"),
    "DISC": ("User-defined bridges", "user_bridge"),
    "ALIAS": ("User-defined bridges", "user_bridge"),
    "IP": ("Network options", "network_options"),
    "MTU": ("Network options", "network_options"),
    "V6OFF": ("IPv6", "ipv6_defaults"),
    "FWD": ("The engine's settings", "settings"),
    "REACH": ("Another host's reach", "reach"),
    "FW": ("The packet filter", "firewall"),
    "V6": ("IPv6", "ipv6", "ipv6_defaults"),
}
SECTIONS = {"S": "seed", "D": "beyond"}


@dataclass(frozen=True, repr=False)
class Claim:
    id: str
    text: str  # the claim, in a sentence
    expects: str  # the documented value, with profile keys in braces: "{bridge.mtu}"
    by_hand: str  # the command a person runs to see the same thing
    title: str  # the test's title, with profile keys in braces
    observes: str  # the observation it judges (a name in conformance.model.store.OBSERVATIONS)
    function: Callable[..., None]  # (judgement, observation, profile), adding facts
    text_ko: str  # the claim in Korean, the seed's language (`--lang ko`)
    title_ko: str  # the title in Korean, with profile keys in braces
    seed: str = ""  # the seed's own words or output that the claim stands on
    part: str = ""  # the part of the topology picture it is about (bridge, veth, eth0, ...)

    def __repr__(self) -> str:  # as test parameters and reports show it
        return self.id

    def text_in(self, lang: str) -> str:
        return self.text_ko if lang == "ko" else self.text

    def title_in(self, lang: str) -> str:
        return self.title_ko if lang == "ko" else self.title

    def judge(self, observation: Any, profile: Any) -> Any:
        """The verdict on `observation` against `profile`."""
        judgement = Judgement(self.id, profile, self.by_hand)
        if why := profile.inapplicable.get(self.id):  # a host setting makes the claim meaningless
            return judgement.not_applicable(why)
        try:
            self.function(judgement, observation, profile)
        except Unobservable as why:
            return judgement.not_applicable(str(why), why.ko)
        return judgement.verdict()

    @property
    def section(self) -> str:
        return SECTIONS[self.id[0]]

    @property
    def family(self) -> str:
        return _ID.match(self.id)["family"]  # type: ignore[index]

    @property
    def feature(self) -> str:
        return FAMILIES[self.family][0]

    @property
    def module(self) -> str:
        return self.function.__module__.rsplit(".", 1)[-1]

    def sort_key(self) -> tuple[int, int, int]:
        match = _ID.match(self.id)
        assert match
        return ("SD".index(match["section"]), list(FAMILIES).index(match["family"]), int(match["number"]))


_CLAIMS: dict[str, Claim] = {}
_FIELDS = {
    "Documented": "expects",
    "By hand": "by_hand",
    "Title": "title",
    "Seed": "seed",
    "Ko": "text_ko",
    "Ko title": "title_ko",
}
_FIELD = re.compile(rf"^({'|'.join(_FIELDS)}): (.*)$")


def parse_declaration(claim_id: str, doc: str | None) -> dict[str, str]:
    """The claim's words and fields from its judge's docstring (continuation lines are joined)."""
    paragraphs = (doc or "").strip().split("\n\n", 1)
    fields = {"text": " ".join(paragraphs[0].split())}
    current = None
    for line in (paragraphs[1] if len(paragraphs) > 1 else "").splitlines():
        if match := _FIELD.match(line.strip()):
            current = _FIELDS[match[1]]
            fields[current] = match[2].strip()
        elif current and line.strip():
            fields[current] += " " + line.strip()
    missing = [name for name, key in _FIELDS.items() if key not in fields and key != "seed"]
    if not fields["text"] or missing:
        raise ValueError(f"{claim_id}: the judge's docstring lacks {', '.join(missing) or 'the claim'}")
    return fields


def claim(claim_id: str, *, observes: str, part: str = "") -> Callable[[J], J]:
    """Declare a claim, judged by the decorated function `(judgement, observation, profile)`.

    The function adds facts to the `Judgement`, which then closes into the verdict; it raises
    `Unobservable(why)` when the observation cannot show what the claim is about.
    """
    match = _ID.match(claim_id)
    if not match or match["family"] not in FAMILIES:
        raise ValueError(f"{claim_id}: not a claim ID of a known family ({', '.join(FAMILIES)})")

    def declare(function: J) -> J:
        if claim_id in _CLAIMS:
            raise ValueError(f"{claim_id} is declared twice")
        allowed = [f"conformance.judges.{module}" for module in FAMILIES[match["family"]][1:]]
        if function.__module__ not in allowed:
            raise ValueError(f"{claim_id} belongs in {' or '.join(allowed)}, not {function.__module__}")
        fields = parse_declaration(claim_id, inspect.getdoc(function))
        _CLAIMS[claim_id] = Claim(id=claim_id, observes=observes, part=part, function=function, **fields)
        return function

    return declare


def claims() -> dict[str, Claim]:
    """Every declared claim, in the order of the claims document."""
    importlib.import_module("conformance.judges")  # its modules declare the claims
    return {c.id: c for c in sorted(_CLAIMS.values(), key=Claim.sort_key)}


def get(claim_id: str) -> Claim:
    found = claims().get(claim_id)
    if found is None:
        raise KeyError(f"unknown claim {claim_id}")
    return found


def of_module(module: str) -> list[Claim]:
    """The claims a judge module declares (`conformance.judges.veth` or just `veth`)."""
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
