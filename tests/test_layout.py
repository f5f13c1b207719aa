"""The house: fixtures/ holds pytest fixtures and hooks only, the engine-facing code
(docker_conformance/observe/) imports no pytest, the modules import one another without cycles
and without back-edges, and nothing installs a generic top-level name."""

from __future__ import annotations

import ast
import tomllib

from tests.runner import ROOT

# each folder of the checkout -> the package it installs as (pyproject.toml's package-dir)
PACKAGES = {
    "conformance": "conformance",
    "fixtures": "docker_conformance.fixtures",
    "docker_conformance": "docker_conformance",
}


def _imports() -> dict[str, set[str]]:
    """Each project module -> the project modules it imports (at any depth of its code)."""
    found: dict[str, set[str]] = {}
    for folder, package in PACKAGES.items():
        for path in (ROOT / folder).rglob("*.py"):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            module = ".".join((package, *parts)).removesuffix(".__init__")
            names: set[str] = set()
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
                elif isinstance(node, ast.Import):
                    names |= {a.name for a in node.names}
            found[module] = names
    return {module: {n for n in names if n in found} for module, names in found.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    state: dict[str, int] = {}
    path: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for other in sorted(graph[module]):
            if state.get(other) == 1:
                cycles.append([*path[path.index(other) :], other])
            elif not state.get(other):
                visit(other)
        path.pop()
        state[module] = 2

    for module in sorted(graph):
        if not state.get(module):
            visit(module)
    return cycles


def test_no_import_cycle():
    assert _cycles(_imports()) == []


def test_engine_code_imports_no_judge_and_judges_import_only_shared_helpers():
    graph = _imports()
    assert [
        (m, d) for m, ds in graph.items() if not m.startswith("conformance") for d in ds if ".judges" in d
    ] == []
    judges = {m: ds for m, ds in graph.items() if m.startswith("conformance.judges.")}
    assert {d for ds in judges.values() for d in ds if d.startswith("conformance.judges.")} <= {
        "conformance.judges.shared"
    }


def test_fixtures_hold_only_fixtures_and_hooks_and_observe_no_pytest():
    for path in (ROOT / "fixtures").glob("*.py"):
        text = path.read_text()
        assert path.name == "__init__.py" or "@pytest.fixture" in text or "def pytest_" in text, path
    observe = ROOT / "docker_conformance" / "observe"
    assert [p.name for p in observe.glob("*.py") if "import pytest" in p.read_text()] == []


def test_the_distribution_installs_two_names_of_its_own():
    """`conformance` and `docker_conformance`: no `fixtures`, `observe`, `engines`, `fleet` or
    `image` lands in site-packages (PyPI's `fixtures` is another project)."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert {p.split(".")[0] for p in setuptools["packages"]} == {"conformance", "docker_conformance"}
    assert "py-modules" not in setuptools
    assert setuptools["package-dir"] == {"docker_conformance.fixtures": "fixtures"}
