"""The claims documents, generated from the registry: `docs/claims.md`, its Korean twin
`docs/claims.ko.md` (the seed's language), and `docs/claims.json`.

    python -m docker_conformance.conformance.outputs.claimsdoc [--check] [--out DIR]

Writes both files (DIR defaults to the project's `docs/`); with --check, writes nothing and
exits 1 when a file is missing or differs from what the registry says now (a self-test runs it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from docker_conformance.conformance import catalog
from docker_conformance.conformance.core import registry
from docker_conformance.conformance.core.profile import Change, Profile, documented
from docker_conformance.conformance.outputs import settingsdoc
from docker_conformance.conformance.outputs.diff import EXPLAINED_BY

DOCS = Path(__file__).resolve().parents[2] / "docs"
SECTION_TITLES = {
    "en": {
        "seed": "Seed claims (S-*): the seed document's sentences and command outputs",
        "beyond": "Claims beyond the seed (D-*): Docker's own documentation of its drivers",
        "upgrade": "Upgrade claims (U-*): what an engine upgrade in place keeps, judged by "
        "`docker-conformance upgrade before` and `upgrade after`",
    },
    "ko": {
        "seed": "블로그(seed)의 주장 (S-*): 블로그의 문장과 명령 출력",
        "beyond": "블로그 밖의 주장 (D-*): 드라이버에 관한 Docker 공식 문서",
        "upgrade": "업그레이드 주장 (U-*): 제자리 엔진 업그레이드가 지키는 것, "
        "`docker-conformance upgrade before`와 `upgrade after`로 판정",
    },
}
HEAD = {
    "en": {
        "title": "The claims",
        "generated": "Generated from the claim registry (`conformance/judges/*.py`) by "
        "`python -m docker_conformance.conformance.outputs.claimsdoc`; do not edit by hand. "
        "Documented values are the profile's (`{profile}`, `conformance/core/profiles/default.toml`).",
        "count": "{count} claims. Select one with `docker-conformance run -k <ID>` (or "
        "`pytest --pyargs docker_conformance.conformance -k <ID>`); a section with "
        "`-m seed` or `-m beyond`. 한국어: [claims.ko.md](claims.ko.md).",
        "columns": "| ID | Claim | Documented value | By hand | Check |",
        "seed": "The seed",
        "changes": "Documented engine changes",
    },
    "ko": {
        "title": "주장 목록",
        "generated": "주장 레지스트리(`conformance/judges/*.py`)에서 "
        "`python -m docker_conformance.conformance.outputs.claimsdoc`으로 만든 문서다. 직접 고치지 말 것. "
        "기대값은 프로필(`{profile}`, `conformance/core/profiles/default.toml`)의 값이다.",
        "count": "주장 {count}개. 하나만 고르려면 `docker-conformance run -k <ID>`(또는 "
        "`pytest --pyargs docker_conformance.conformance -k <ID>`), 한 묶음은 `-m seed` 또는 "
        "`-m beyond`. 실행 결과를 한국어로 보려면 `--lang ko`. 설치와 실행, 실패와 종료 상태 읽는 법은 "
        "[학습자 안내](learners.ko.md)에 있다. English: [claims.md](claims.md).",
        "columns": "| ID | 주장 | 기대값 | 직접 확인 | 검사 |",
        "seed": "블로그 원문",
        "changes": "문서화된 엔진 변경",
    },
}


def entries(profile: Profile) -> list[dict[str, Any]]:
    """One record per claim, in the document's order, with the profile's values filled in."""
    return [
        {
            "id": c.id,
            "section": c.section,
            "feature": c.feature,
            "claim": c.text,
            "claim_ko": c.text_ko,
            "title": registry.render(c.title, profile),
            "title_ko": registry.render(c.title_ko, profile),
            "documented": registry.render(c.expects, profile),
            "documented_ko": registry.render(c.expects_ko, profile),
            "seed": c.seed,
            "by_hand": c.by_hand,
            "observation": c.observes,
            "not_applicable_with": list(c.conditions),
            # the documented engine changes that move a profile key the claim reads
            "changed_by": [
                f"{x.id}: {x.engine} {catalog.span(x)}: {x.source}" for x in touching(profile, c.id)
            ],
            "judge": f"conformance/judges/{c.module}.py::{c.function.__name__}",
            "test": f"conformance/test_claims.py::test_claim[{c.id}]",
        }
        for c in registry.claims().values()
    ]


def touching(profile: Profile, claim: str) -> list[Change]:
    """The documented engine changes that move an expectation `claim` reads."""
    keys = settingsdoc.reads()[claim]
    return [change for change in profile.changes if keys & set(change.values)]


def _claims_of(profile: Profile, change: Change) -> list[str]:
    return [c for c in registry.claims() if change in touching(profile, c)]


def _touched(profile: Profile, change: Change, lang: str) -> str:
    """The claims a change touches, in words; or that it moves an engine fact the upgrade diff names."""
    claims = ", ".join(_claims_of(profile, change))
    if claims:
        return f"주장: {claims}" if lang == "ko" else f"claims: {claims}"
    if set(change.values) <= set(EXPLAINED_BY.values()):
        return (
            "엔진 정보: 업그레이드 diff가 이 변경을 이유로 든다"
            if lang == "ko"
            else "an engine fact: the upgrade diff names it"
        )
    return "주장 없음" if lang == "ko" else "no claim"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(profile: Profile, lang: str = "en") -> str:
    rows, head = entries(profile), HEAD[lang]
    lines = [
        f"# {head['title']}",
        "",
        head["generated"].format(profile=profile.name),
        head["count"].format(count=len(rows)),
    ]
    claim, documented = ("claim_ko", "documented_ko") if lang == "ko" else ("claim", "documented")
    for section, title in SECTION_TITLES[lang].items():
        lines += ["", f"## {title}", "", head["columns"], "|---|---|---|---|---|"]
        for row in (r for r in rows if r["section"] == section):
            seed = f"<br>{head['seed']}: «{_cell(row['seed'])}»" if row["seed"] else ""
            lines.append(
                f"| {row['id']} | {_cell(row[claim])}{seed} | {_cell(row[documented])} "
                f"| `{_cell(row['by_hand'])}` | `{row['test']}` |"
            )
    lines += ["", f"## {head['changes']}", ""]
    for change in profile.changes:
        source = change.source_ko if lang == "ko" and change.source_ko else change.source
        touched = _touched(profile, change, lang)
        span = catalog.span(change, lang)
        lines.append(
            f"- `{change.id}` {change.engine} {span}: {', '.join(change.values)}. {source} ({touched})"
        )
    return "\n".join(lines) + "\n"


def documents(profile: Profile | None = None) -> dict[str, str]:
    profile = profile or documented()
    return {
        "claims.md": markdown(profile),
        "claims.ko.md": markdown(profile, "ko"),
        "settings.md": settingsdoc.markdown(profile),
        "claims.json": json.dumps(
            {"profile": profile.name, "claims": entries(profile)}, indent=2, ensure_ascii=False
        )
        + "\n",
    }


def stale(out: Path = DOCS) -> list[str]:
    """The generated files that are missing or differ from the registry."""
    return [
        name
        for name, text in documents().items()
        if not (out / name).exists() or (out / name).read_text() != text
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only say whether the files are up to date")
    parser.add_argument("--out", type=Path, default=DOCS)
    args = parser.parse_args(argv)
    if args.check:
        if behind := stale(args.out):
            print(
                f"stale: {', '.join(behind)}; regenerate with "
                "`python -m docker_conformance.conformance.outputs.claimsdoc`",
                file=sys.stderr,
            )
            return 1
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in documents().items():
        (args.out / name).write_text(text)
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
