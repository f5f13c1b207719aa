"""Declaring claims: the `claim` decorator and `family`, which the judge modules call.

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
own words, and the claim and its title in Korean, the seed's language (both required). The
declared claims are read through `core.registry`, which imports every judge module
(`judges` lists them); this module imports none.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from docker_conformance.conformance.core.verdict import Judgement, Note, Unobservable

J = TypeVar("J", bound=Callable[..., Any])
# the sections: the seed's claims, those beyond it from Docker's documentation, and an upgrade's
SECTIONS = {"S": "seed", "D": "beyond", "U": "upgrade"}
_ID = re.compile(rf"^(?P<section>[{''.join(SECTIONS)}])-(?P<family>[A-Z0-9]+)-(?P<number>\d+)$")

# The order of the families in the claims document, by the code of their IDs; a family not
# listed comes after these, in the order its module declares it.
ORDER = (
    "INST", "NET", "BR", "IPAM", "VETH", "BRCTL", "PING", "ROUTE", "EGRESS", "HOST", "NONE", "LIFE",
    "UBR", "PORT", "INT", "HOSTS", "RESOLV", "OPT", "ICC", "HAIRPIN", "HOSTGW", "DISC", "ALIAS", "IP",
    "MTU", "V6OFF", "FWD", "REACH", "FW", "V6", "GWM",
)  # fmt: skip


@dataclass(frozen=True)
class Family:
    """A family of claims: the code of their IDs, the feature it reports under (in English and
    Korean), and the judge modules that declare its claims."""

    code: str
    feature: str
    feature_ko: str
    modules: tuple[str, ...]


FAMILIES: dict[str, Family] = {}


def family(module: str, code: str, feature: str, feature_ko: str) -> None:
    """Declare, in a judge module (`family(__name__, "VETH", "veth pairs", "veth 쌍")`), that its
    claims include the family `code`, reported under `feature` (in English and Korean)."""
    known = FAMILIES.get(code)
    if known and (known.feature, known.feature_ko) != (feature, feature_ko):
        raise ValueError(
            f"family {code}: {module} names it {feature!r}, {known.modules[0]} {known.feature!r}"
        )
    for other in FAMILIES.values():
        if other.feature == feature and other.feature_ko != feature_ko:
            raise ValueError(
                f"feature {feature!r} has two Korean names: {other.feature_ko!r}, {feature_ko!r}"
            )
    modules = (*known.modules, module) if known else (module,)
    FAMILIES[code] = Family(code, feature, feature_ko, tuple(dict.fromkeys(modules)))


def rank(code: str) -> int:
    return ORDER.index(code) if code in ORDER else len(ORDER) + list(FAMILIES).index(code)


@dataclass(frozen=True, repr=False)
class Claim:
    id: str
    text: str  # the claim, in a sentence
    expects: str  # the documented value, with profile keys in braces: "{bridge.mtu}"
    by_hand: str  # the command a person runs to see the same thing
    title: str  # the test's title, with profile keys in braces
    observes: (
        str  # the observation it judges (a name in docker_conformance.conformance.model.store.OBSERVATIONS)
    )
    function: Callable[..., None]  # (judgement, observation, profile), adding facts
    text_ko: str  # the claim in Korean, the seed's language (`--lang ko`)
    title_ko: str  # the title in Korean, with profile keys in braces
    expects_ko: str  # the documented value in Korean, with the same profile keys
    seed: str = ""  # the seed's own words or output that the claim stands on
    part: str = ""  # the part of the topology picture it is about (bridge, veth, eth0, ...)
    # the engine settings that leave it nothing to judge, as `core.meanings` names them
    # ("iptables=false; ip-forward=false"): under --profile daemon it is then not applicable
    inapplicable_with: str = ""

    @property
    def conditions(self) -> tuple[str, ...]:
        """The settings (with their values) that make the claim not applicable."""
        return tuple(c.strip() for c in self.inapplicable_with.split(";") if c.strip())

    def __repr__(self) -> str:  # as test parameters and reports show it
        return self.id

    def text_in(self, lang: str) -> str:
        return self.text_ko if lang == "ko" else self.text

    def title_in(self, lang: str) -> str:
        return self.title_ko if lang == "ko" else self.title

    def expects_in(self, lang: str) -> str:
        return self.expects_ko if lang == "ko" else self.expects

    def judge(self, observation: Any, profile: Any) -> Any:
        """The verdict on `observation` against `profile`."""
        judgement = Judgement(self.id, profile, self.by_hand)
        if why := profile.inapplicable.get(self.id):  # a host setting makes the claim meaningless
            return judgement.not_applicable(Note("inapplicable_setting", {"why": why}))
        try:
            self.function(judgement, observation, profile)
        except Unobservable as why:
            return judgement.not_applicable(why.note, why.needs)
        return judgement.verdict()

    @property
    def section(self) -> str:
        return SECTIONS[self.id[0]]

    @property
    def family(self) -> str:
        return _ID.match(self.id)["family"]  # type: ignore[index]

    @property
    def feature(self) -> str:
        return FAMILIES[self.family].feature

    @property
    def module(self) -> str:
        return self.function.__module__.rsplit(".", 1)[-1]

    def sort_key(self) -> tuple[int, int, int]:
        match = _ID.match(self.id)
        assert match
        return (list(SECTIONS).index(match["section"]), rank(match["family"]), int(match["number"]))


CLAIMS: dict[str, Claim] = {}
_FIELDS = {
    "Documented": "expects",
    "By hand": "by_hand",
    "Title": "title",
    "Seed": "seed",
    "Ko": "text_ko",
    "Ko title": "title_ko",
    "Ko documented": "expects_ko",
    "Not applicable with": "inapplicable_with",
}
_OPTIONAL = {"seed", "inapplicable_with"}
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
    missing = [name for name, key in _FIELDS.items() if key not in fields and key not in _OPTIONAL]
    if not fields["text"] or missing:
        raise ValueError(f"{claim_id}: the judge's docstring lacks {', '.join(missing) or 'the claim'}")
    return fields


def claim(claim_id: str, *, observes: str, part: str = "") -> Callable[[J], J]:
    """Declare a claim, judged by the function `(judgement, observation, profile)` it is applied to:
    `claim("S-BR-1", observes="seed")(docker0_address)`, right after the judge (a decorator would do
    the same, but mutmut leaves decorated functions unmutated, and the judges' mutation score is
    measured: `tox -e mutants`).

    The function adds facts to the `Judgement`, which then closes into the verdict; it raises
    `Unobservable(why)` when the observation cannot show what the claim is about.
    """
    match = _ID.match(claim_id)
    if not match:
        raise ValueError(f"{claim_id}: not a claim ID (S-CODE-N, D-CODE-N or U-CODE-N)")

    def declare(function: J) -> J:
        if claim_id in CLAIMS:
            raise ValueError(f"{claim_id} is declared twice")
        declared = FAMILIES.get(match["family"])
        if declared is None or function.__module__ not in declared.modules:
            raise ValueError(
                f"{claim_id}: its module {function.__module__} declares no family {match['family']} "
                f'(family(__name__, "{match["family"]}", FEATURE, FEATURE_KO))'
            )
        fields = parse_declaration(claim_id, inspect.getdoc(function))
        CLAIMS[claim_id] = Claim(id=claim_id, observes=observes, part=part, function=function, **fields)
        return function

    return declare
