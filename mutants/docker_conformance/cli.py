"""The `docker-conformance` command: the suite and its tools, installed with `pip install .`.

    docker-conformance list [--lang ko] [--json]     every claim (no engine needed)
    docker-conformance run [PYTEST ARGS ...]         the suite, as `tox -e conformance` runs it
    docker-conformance explain [--reports DIR]       the last run's failed claims, explained
    docker-conformance report|diff|fleet|matrix ...  the report, the upgrade diff, a fleet, the matrix

Each tool is imported only when its subcommand runs: `list` loads the registry alone.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path
from typing import NoReturn

from docker_conformance.conformance.catalog import say
from docker_conformance.conformance.catalog.cli import language, localized
from docker_conformance.conformance.core.errors import ExitStatus

# subcommand -> the module with its `main(argv)`; `run`, `list` and `explain` are here
TOOLS = {
    "report": "docker_conformance.conformance.outputs.report",
    "diff": "docker_conformance.conformance.outputs.diff",
    "fleet": "docker_conformance.fleet.__main__",
    "matrix": "docker_conformance.engines.matrix",
    "upgrade": "docker_conformance.upgrade.__main__",
}
RUN_REPORTS = ["--alluredir=reports/allure-results", "--clean-alluredir", "--junitxml=reports/junit.xml"]


def _list(args: argparse.Namespace) -> int:
    from docker_conformance.conformance.catalog import terminal as i18n
    from docker_conformance.conformance.core import registry

    rows = [
        {"id": c.id, "family": i18n.feature(args.lang, c.feature), "claim": c.text_in(args.lang)}
        for c in registry.claims().values()
    ]
    if args.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
        return 0
    for row in rows:
        print(f"{row['id']:<12}{i18n.pad(row['family'], 45)}{row['claim']}")
    return 0


def _run(pytest_args: list[str]) -> NoReturn:
    """pytest in place of this process (nothing of the suite imported before it: pytest rewrites
    the plugin's asserts), with -P: the folder the user stands in is not searched for modules, so
    a checkout there does not stand in for the installed suite."""
    argv = [
        "-m",
        "pytest",
        "--pyargs",
        "docker_conformance.conformance",
        "-p",
        "no:cacheprovider",
        *RUN_REPORTS,
        *pytest_args,
    ]
    sys.stdout.flush()
    os.execv(sys.executable, [sys.executable, "-P", *argv])


def _explain(args: argparse.Namespace) -> int:
    from docker_conformance.conformance.outputs.explain import explained

    try:
        sections = explained(args.reports, args.lang)
    except (OSError, ValueError) as exc:
        print(f"docker-conformance explain: {say(args.lang, 'no run', where=args.reports, why=exc)}",
              file=sys.stderr)  # fmt: skip
        return int(ExitStatus.NO_RUN)
    for heading, lines in sections or [("", [say(args.lang, "no failure")])]:
        print("\n".join([heading, *lines]).strip() + "\n")
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse, ending a usage error with the command's own status (28), not pytest's 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(int(ExitStatus.USAGE), f"{self.prog}: error: {message}\n")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang = language(argv)  # the help's and the messages' (`--lang ko`, or a Korean locale)
    made = _Parser(prog="docker-conformance", description=say(lang, "description"), add_help=False)
    parser = localized(made, lang)
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, **kwargs: object) -> argparse.ArgumentParser:
        made = commands.add_parser(name, help=say(lang, name), add_help=False, **kwargs)  # type: ignore
        return localized(made, lang)

    listing = command("list", description=say(lang, "list"))
    listing.add_argument("--lang", choices=("en", "ko"), default=lang, help=say(lang, "lang"))
    listing.add_argument("--json", action="store_true", help=say(lang, "json"))
    listing.set_defaults(act=_list)
    command("run")
    explaining = command("explain", description=say(lang, "explain"))
    explaining.add_argument("--reports", type=Path, default=Path("reports"), help=say(lang, "reports"))
    explaining.add_argument("--lang", choices=("en", "ko"), default=lang, help=say(lang, "lang"))
    explaining.set_defaults(act=_explain)
    for name in TOOLS:
        command(name)  # listed here; run by its own module's main
    if argv[:1] == ["run"]:  # everything after it is pytest's, options included
        return _run(argv[1:])
    if argv[:1] and argv[0] in TOOLS:
        return int(importlib.import_module(TOOLS[argv[0]]).main(argv[1:]))
    args = parser.parse_args(argv)
    try:
        return int(args.act(args))
    except BrokenPipeError:  # `docker-conformance list | head`
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (nothing more is written)
        return 0


if __name__ == "__main__":
    sys.exit(main())
