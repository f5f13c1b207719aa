"""The command's own words in the suite's two languages: its help, and what `list`, `explain`,
`report` and `diff` say (`--lang ko`, or a Korean locale: LANG, LC_ALL, LANGUAGE). Claims,
verdicts and the run's table have theirs in `conformance.i18n`."""

from __future__ import annotations

import argparse
import os
from typing import Any

WORDS = {
    "en": {
        "description": "The Docker networking conformance suite and its tools.",
        "list": "every claim, its family and its words (no engine needed)",
        "run": "the conformance suite (pytest's options after it)",
        "explain": "the failed claims of a finished run, explained",
        "report": "the topology picture and the HTML report of a run",
        "diff": "what changed between two result sets: the upgrade diff",
        "fleet": "the suite on every node of a swarm, or on --hosts",
        "matrix": "the matrix's engines, and their diffs",
        "lang": "the language: en, or ko (Korean, the seed's own)",
        "json": "the claims as JSON",
        "reports": "the run's folder (default: reports of the current folder)",
        "allure": "the allure command line; generates the HTML report",
        "diff a": "the result set before (a folder with summary.json)",
        "diff b": "the result set after",
        "diff out": "where diff.md and diff.json go (default: B)",
        "no failure": "No claim failed.",
        "no run": "no finished run in {where} ({why}): run `docker-conformance run` there first",
        "unreadable": "cannot read a run's summary.json ({why})",
        "topology": "topology: {path}",
        "no topology": "topology: not drawn, this run did not observe the seed walk-through "
        "(no S-* claim ran)",
        "html": "allure report: {path} (one file: open it in a browser, no server needed)",
        "facts": "| engine fact | before | after | why (source) |",
        "claims": "| claim | before | after | values that changed | why (source) |",
        "no change": "No claim changed its verdict or its documented values.",
        "regressed": "regressed",
        "not run": "not run",
        "help": "show this help and exit",
        "usage": "usage: ",
        "options": "options",
        "positionals": "positional arguments",
    },
    "ko": {
        "description": "도커 네트워크 적합성 검사 도구와 그 명령들.",
        "list": "모든 주장과 그 묶음, 문장 (엔진이 없어도 된다)",
        "run": "적합성 검사 실행 (뒤에 pytest의 옵션을 줄 수 있다)",
        "explain": "끝난 실행에서 실패한 주장을 설명한다",
        "report": "실행의 토폴로지 그림과 HTML 보고서",
        "diff": "두 결과 사이에 바뀐 것: 업그레이드 비교",
        "fleet": "스웜의 모든 노드, 또는 --hosts의 엔진마다 검사",
        "matrix": "여러 엔진에서 검사하고 서로 비교",
        "lang": "언어: en, 또는 ko (블로그(seed)의 언어, 한국어)",
        "json": "주장 목록을 JSON으로",
        "reports": "실행 결과 폴더 (기본값: 지금 폴더의 reports)",
        "allure": "allure 명령의 경로: HTML 보고서를 만든다",
        "diff a": "이전 결과 (summary.json이 있는 폴더)",
        "diff b": "이후 결과",
        "diff out": "diff.md와 diff.json을 쓸 폴더 (기본값: B)",
        "no failure": "실패한 주장이 없다.",
        "no run": "{where}에 끝난 실행이 없다 ({why}): 먼저 그곳에서 `docker-conformance run`을 실행한다",
        "unreadable": "실행 결과의 summary.json을 읽을 수 없다 ({why})",
        "topology": "토폴로지 그림: {path}",
        "no topology": "토폴로지 그림: 그리지 않음. 이 실행은 블로그(seed)의 과정을 관찰하지 않았다 "
        "(S-* 주장 없음)",
        "html": "allure 보고서: {path} (파일 하나: 서버 없이 브라우저로 연다)",
        "facts": "| 엔진 정보 | 이전 | 이후 | 이유 (출처) |",
        "claims": "| 주장 | 이전 | 이후 | 바뀐 값 | 이유 (출처) |",
        "no change": "판정이나 문서화된 값이 바뀐 주장이 없다.",
        "regressed": "나빠짐",
        "not run": "실행 안 함",
        "help": "이 도움말을 보여 주고 끝낸다",
        "usage": "사용법: ",
        "options": "옵션",
        "positionals": "인자",
    },
}


def language(argv: list[str]) -> str:
    """`--lang ko` (or `--lang=ko`) anywhere in the arguments, else a Korean locale, else English."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "ko" if argv[i + 1] == "ko" else "en"
        if arg.startswith("--lang="):
            return "ko" if arg == "--lang=ko" else "en"
    locale = next((os.environ[v] for v in ("LC_ALL", "LANGUAGE", "LANG") if os.environ.get(v)), "")
    return "ko" if locale.startswith("ko") else "en"


def say(lang: str, key: str, **values: object) -> str:
    return WORDS[lang][key].format(**values)


class _Formatter(argparse.HelpFormatter):
    prefix = "usage: "

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, self.prefix if prefix is None else prefix)


def localized(parser: argparse.ArgumentParser, lang: str) -> argparse.ArgumentParser:
    """A parser made with `add_help=False`, its help in `lang`: the usage line's prefix, the
    sections' titles and -h's own words (argparse's are English)."""
    parser.formatter_class = type("Formatter", (_Formatter,), {"prefix": say(lang, "usage")})
    parser._optionals.title = say(lang, "options")
    parser._positionals.title = say(lang, "positionals")
    parser.add_argument("-h", "--help", action="help", help=say(lang, "help"))
    return parser
