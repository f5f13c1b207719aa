"""The words a reader sees, one catalog per language (`en.py`, `ko.py`: a module is a language; a
new one is listed in `BOOKS`, and a self-test holds it to English's keys).

Everything the suite stores is data: a verdict is a code, a fact a key with JSON values, a note a
code with the values it names. This package draws their words at display, in the reader's
language, for the terminal table, `--explain`, Allure, the claims documents and the HTML report.
A key a catalog lacks falls back to English (a self-test holds every catalog to English's keys).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import Any, Protocol

from docker_conformance.conformance.catalog import en, ko
from docker_conformance.conformance.core.profile import Change, documented

BOOKS: dict[str, ModuleType] = {"en": en, "ko": ko}  # the catalogs, English first
LANGS = tuple(BOOKS)
SHOWN = 4  # the items of a list a sentence names before "and N more"


def book(lang: str) -> ModuleType:
    """The catalog of `lang` (English for a language there is none of)."""
    return BOOKS.get(lang, en)


def words(lang: str, table: str) -> dict[str, Any]:
    """A table of the catalog (`FACTS`, `NOTES`, `WORDS`, `CLI` ...), English where it lacks one."""
    return getattr(book(lang), table, None) or getattr(book("en"), table)


def entry(lang: str, table: str, key: str) -> Any:
    own = words(lang, table)
    return own[key] if key in own else words("en", table)[key]


def status(code: str, lang: str = "en") -> str:
    return entry(lang, "STATUS", code)


def word(lang: str, key: str, **values: object) -> str:
    """The run's table's, `--explain`'s and the session's words (`WORDS`)."""
    return entry(lang, "WORDS", key).format(**values)


def say(lang: str, key: str, **values: object) -> str:
    """The command's words (`CLI`)."""
    return entry(lang, "CLI", key).format(**values)


class _Fact(Protocol):
    key: str
    expected: Any
    observed: Any
    holds: bool
    params: dict[str, Any]
    documented: Any
    setting: str | None
    change: str | None
    baseline: str


def shown(value: Any) -> str:
    """A JSON value as a fact's line shows it: text quoted, lists bracketed."""
    return repr(value)


def _listed(items: Iterable[Any], lang: str) -> str:
    items = [str(i) for i in items]
    more = entry(lang, "LISTS", "more").format(count=len(items) - SHOWN) if len(items) > SHOWN else ""
    return entry(lang, "LISTS", "joiner").join(items[:SHOWN]) + more


def _values(params: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """A sentence's values as it shows them: lists joined, nothing as "(none)", a change cited, a
    fact by its label, another sentence in words, others' activity summed up."""
    out: dict[str, Any] = {}
    for name, value in params.items():
        if name == "named":  # the params of the fact a sentence names: drawn into its label
            continue
        if name == "activity" and isinstance(value, list):
            listed = "; ".join(value[:SHOWN]) + (
                entry(lang, "LISTS", "more").format(count=len(value) - SHOWN) if len(value) > SHOWN else ""
            )
            out[name] = entry(lang, "LISTS", "busy").format(
                attempts=params.get("attempts", 1), activity=listed
            )
        elif name == "change":
            out[name] = cited(value, lang) if value else entry(lang, "LISTS", "not told")
        elif name == "fact" and isinstance(value, str):
            named = params.get("named")
            out[name] = label_of(value, named if isinstance(named, dict) else {}, lang)
        elif name == "why" and isinstance(value, str) and value in words("en", "NOTES"):
            rest = {k: v for k, v in params.items() if k not in ("fact", "why", "named")}
            out[name] = sentence(value, rest, lang)
        elif isinstance(value, list):
            out[name] = _listed(value, lang)
        elif value is None:
            out[name] = entry(lang, "LISTS", "none")
        else:
            out[name] = value
    return out


def label_of(key: str, params: Mapping[str, Any], lang: str = "en") -> str:
    if key not in words("en", "FACTS"):  # a version-1 record's label the catalog no longer has
        return key
    return entry(lang, "FACTS", key).format(**_values(params, lang))


def label(fact: _Fact, lang: str = "en") -> str:
    """A fact's label, in `lang`."""
    return label_of(fact.key, fact.params, lang)


def sentence(code: str, params: Mapping[str, Any], lang: str = "en") -> str:
    """A note's, or an unjudged part's, sentence in `lang`."""
    return entry(lang, "NOTES", code).format(**_values(params, lang))


def cited(change_id: str, lang: str = "en") -> str:
    """A documented change as a verdict names it: its source and the versions it spans."""
    change = documented().change(change_id)
    if change is None:  # a change a user's own profile declares, or an older result set's text
        return change_id
    source = change.source_ko if lang == "ko" and change.source_ko else change.source
    cited = words(lang, "SPANS")["cited"].format(source=source, engine=change.engine, span=span(change, lang))
    return cited.replace(" )", ")")


def span(change: Change, lang: str = "en") -> str:
    """The versions a documented change spans, with the mode or backend it is limited to."""
    spans = words(lang, "SPANS")
    since = change.since if change.since.strip("0.") else None
    if change.until is None:
        versions = spans["since"].format(since=since) if since else ""
    else:
        versions = (spans["between"] if since else spans["before"]).format(since=since, until=change.until)
    condition = [
        c for c in (change.mode, change.backend and spans["backend"].format(backend=change.backend)) if c
    ]
    return ", ".join(p for p in (versions, *condition) if p)


def differs(fact: _Fact, lang: str = "en") -> str:
    """What a set-valued fact has beyond the expected set, and what it lacks ("": neither, or no set)."""
    if not (isinstance(fact.expected, list) and isinstance(fact.observed, list)):
        return ""
    want, seen = fact.expected, fact.observed
    extra = [x for x in seen if x not in want]
    missing = [x for x in want if x not in seen]
    parts = [entry(lang, "LISTS", "also").format(items=", ".join(map(str, extra))) if extra else ""]
    parts.append(
        entry(lang, "LISTS", "missing").format(items=", ".join(map(str, missing))) if missing else ""
    )
    return "; ".join(p for p in parts if p)


def column(facts: Iterable[_Fact], which: str, lang: str = "en") -> str:
    """Each fact's label and its `which` value ("expected" or "observed"), a line each."""
    return "\n".join(f"{label(f, lang)}: {shown(getattr(f, which))}" for f in facts)


def line(fact: _Fact, lang: str = "en") -> str:
    """A fact's line: `[ok ] LABEL: expected X, observed Y (the setting or change behind it)`."""
    w = words(lang, "LINE")
    mark = "ok " if fact.holds else "BAD"
    seen = f"{w['expected']} {shown(fact.expected)}, {w['observed']} {shown(fact.observed)}"
    text = f"[{mark}] {label(fact, lang)}: {seen}"
    if fact.setting:
        text += f" ({w['documented default']} {shown(fact.documented)}; {w['host setting']}: {fact.setting})"
    if fact.change:
        baseline = entry(lang, "BASELINES", fact.baseline)
        text += f" ({baseline}: {shown(fact.documented)}; {w['changed']}: {cited(fact.change, lang)})"
    return text


def _told(fact: _Fact, lang: str) -> str:
    return entry(lang, "TOLD", fact.baseline).format(fact.documented)


def _each(fact: _Fact, template: str, lang: str) -> str:
    return template.format(
        what=label(fact, lang),
        expected=fact.expected,
        observed=fact.observed,
        documented=fact.documented,
        setting=fact.setting,
        change=cited(fact.change, lang) if fact.change else "",
        told=_told(fact, lang),
    )


def reason(
    code: str, facts: Iterable[_Fact], notes: Iterable[Any], unjudged: Iterable[Any], lang: str = "en"
) -> str:
    """A verdict's reason in `lang`, drawn from its code, its facts and its notes."""
    facts, notes = list(facts), list(notes)
    if said := [n for n in notes if n.code == "v1_reason"]:  # a version-1 record's, as it was written
        return sentence(said[0].code, said[0].params, lang)
    if code == "not-applicable":
        why = "; ".join(sentence(n.code, n.params, lang) for n in unjudged)
        if facts and all(f.holds for f in facts):  # the part that was judged, and held
            why += entry(lang, "LISTS", "rest").format(facts=", ".join(label(f, lang) for f in facts))
        return why
    failed = [f for f in facts if not f.holds]
    kind, shown_facts = {
        "inconsistent": ("inconsistent", [f for f in failed if f.setting]),
        "fails": ("fails", failed) if facts else ("nothing", []),
        "deviates": ("deviates", [f for f in facts if f.setting]),
        "documented": ("documented", [f for f in facts if f.change and f.observed != f.documented]),
    }.get(code, ("conforms", []))
    opening, each = entry(lang, "REASONS", kind)
    lines = [_each(f, each, lang) for f in shown_facts]
    if kind == "documented":  # one line per documented change, whichever facts show it
        lines = sorted(set(lines))
    remarks = [differs(f, lang) for f in failed]
    remarks = [f"{label(f, lang)}: {r}" for f, r in zip(failed, remarks, strict=True) if r]
    remarks += [sentence(n.code, n.params, lang) for n in notes]
    return opening + "; ".join(lines) + (" [" + "; ".join(remarks) + "]" if remarks else "")


class _Verdict(Protocol):
    claim: str
    status: Any
    facts: tuple[Any, ...]
    by_hand: str

    def reason_in(self, lang: str = "en") -> str: ...


def message(verdict: _Verdict, lang: str = "en") -> str:
    """A verdict as a failure's text: the verdict in words, each fact, the by-hand command."""
    lines = [f"{verdict.claim} {status(str(verdict.status), lang)}: {verdict.reason_in(lang)}"]
    lines += [f"  {line(fact, lang)}" for fact in verdict.facts]
    lines.append(f"  {entry(lang, 'LISTS', 'by hand')}: {verdict.by_hand}")
    return "\n".join(lines)
