"""The command's own words in the suite's two languages: its help, and what `list`, `explain`,
`report` and `diff` say (`--lang ko`, or a Korean locale: LANG, LC_ALL, LANGUAGE). Claims,
verdicts and the run's table have theirs in `catalog.terminal`."""

from __future__ import annotations

import argparse
import os
from typing import Any

from docker_conformance.conformance.catalog import say


def language(argv: list[str]) -> str:
    """`--lang ko` (or `--lang=ko`) anywhere in the arguments, else a Korean locale, else English."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "ko" if argv[i + 1] == "ko" else "en"
        if arg.startswith("--lang="):
            return "ko" if arg == "--lang=ko" else "en"
    locale = next((os.environ[v] for v in ("LC_ALL", "LANGUAGE", "LANG") if os.environ.get(v)), "")
    return "ko" if locale.startswith("ko") else "en"


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
