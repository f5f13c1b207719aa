"""The house: fixtures/ holds pytest fixtures and hooks only, the engine-facing code
(docker_conformance/observe/) imports no pytest, the modules import one another without cycles
and without back-edges (dynamic imports included: a module named in a string, as
`importlib.import_module` and `pytest_plugins` take them), the judges are listed explicitly, and
nothing installs a generic top-level name."""

from __future__ import annotations

import ast
import tomllib

from tests.helpers.runner import ROOT

# each folder of the checkout -> the package it installs as (pyproject.toml's package-dir); the
# package's links to the first two are not walked again
PACKAGES = {
    "conformance": "docker_conformance.conformance",
    "fixtures": "docker_conformance.fixtures",
    "docker_conformance": "docker_conformance",
}
LINKS = {"conformance", "fixtures"}


def _sources(folder: str) -> list:
    """The folder's modules; the package's own folder without its links (the same files)."""
    root = ROOT / folder
    skip = {root / link for link in LINKS} if folder == "docker_conformance" else set()
    return [p for p in root.rglob("*.py") if not any(s in p.parents for s in skip)]


def _imports() -> dict[str, set[str]]:
    """Each project module -> the project modules it imports (at any depth of its code), or names
    in a string (what `importlib.import_module`, `pytest_plugins` and entry points import)."""
    found: dict[str, set[str]] = {}
    for folder, package in PACKAGES.items():
        for path in _sources(folder):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            module = ".".join((package, *parts)).removesuffix(".__init__")
            names: set[str] = set()
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
                elif isinstance(node, ast.Import):
                    names |= {a.name for a in node.names}
                elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                    names.add(node.value)
            found[module] = names
    return {module: {n for n in names if n in found and n != module} for module, names in found.items()}


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


def test_dynamic_imports_are_seen():
    """The command's tools and the plugin's modules are imported by name: the graph has them."""
    graph = _imports()
    assert "docker_conformance.conformance.outputs.report" in graph["docker_conformance.cli"]
    assert "docker_conformance.fixtures.reporting" in graph["docker_conformance.fixtures.plugin"]
    fstrings = [
        p.relative_to(ROOT)
        for folder in PACKAGES
        for p in _sources(folder)
        for node in ast.walk(ast.parse(p.read_text()))
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
        and not isinstance(node.args[0], ast.Constant | ast.Subscript)
    ]
    assert fstrings == []  # a module imported by a name built at run time would escape the graph


def test_the_registry_lists_every_judge_and_no_judge_imports_the_registry():
    graph = _imports()
    modules = {p.stem for p in (ROOT / "conformance" / "judges").glob("*.py")} - {"__init__", "shared"}
    listing = ast.parse((ROOT / "conformance" / "judges" / "__init__.py").read_text())
    listed = {a.name for node in ast.walk(listing) if isinstance(node, ast.ImportFrom) for a in node.names}
    assert listed == modules
    judges = {m: ds for m, ds in graph.items() if m.startswith("docker_conformance.conformance.judges")}
    assert [m for m, ds in judges.items() if "docker_conformance.conformance.core.registry" in ds] == []
    assert "docker_conformance.conformance.judges" in graph["docker_conformance.conformance.core.registry"]
    assert "importlib" not in (ROOT / "conformance" / "core" / "registry.py").read_text()


def test_no_conformance_module_imports_the_fixtures():
    graph = _imports()
    assert [(m, d) for m, ds in graph.items() if m.startswith("docker_conformance.conformance") for d in ds
            if d.startswith("docker_conformance.fixtures")] == []  # fmt: skip


def test_engine_code_imports_no_judge_and_judges_import_only_shared_helpers():
    graph = _imports()
    assert [
        (m, d)
        for m, ds in graph.items()
        if not m.startswith("docker_conformance.conformance")
        for d in ds
        if ".judges" in d
    ] == []
    judges = {m: ds for m, ds in graph.items() if m.startswith("docker_conformance.conformance.judges.")}
    assert {
        d for ds in judges.values() for d in ds if d.startswith("docker_conformance.conformance.judges.")
    } <= {"docker_conformance.conformance.judges.shared"}


def _defines_fixture_or_hook(tree: ast.Module) -> bool:
    """A function decorated `@pytest.fixture(...)`, or one named `pytest_*`: defined, not mentioned."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            if node.name.startswith("pytest_"):
                return True
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if isinstance(target, ast.Attribute) and target.attr == "fixture":
                    return True
    return False


def test_fixtures_hold_only_fixtures_and_hooks_and_observe_no_pytest():
    for path in (ROOT / "fixtures").glob("*.py"):
        assert path.name == "__init__.py" or _defines_fixture_or_hook(ast.parse(path.read_text())), path
    observe = ROOT / "docker_conformance" / "observe"
    assert [p.name for p in observe.glob("*.py") if "import pytest" in p.read_text()] == []


def test_the_distribution_installs_one_name_of_its_own():
    """`docker_conformance` alone: no `conformance`, `fixtures`, `observe`, `engines`, `fleet` or
    `image` lands in site-packages (PyPI's `conformance` and `fixtures` are other projects). The
    checkout's design folders are mapped in by package-dir, and the package's links name them."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert {p.split(".")[0] for p in setuptools["packages"]} == {"docker_conformance"}
    assert "py-modules" not in setuptools
    assert setuptools["package-dir"] == {
        "docker_conformance.conformance": "conformance",
        "docker_conformance.fixtures": "fixtures",
    }
    for link in LINKS:
        linked = ROOT / "docker_conformance" / link
        assert linked.is_symlink(), link
        assert linked.resolve() == (ROOT / link).resolve(), link
    found = [p for p in (ROOT / "docker_conformance").rglob("__init__.py") if "__path__" in p.read_text()]
    assert found == []  # no package rewrites where its modules come from


ROLES = {"judges", "engines", "outputs", "packaging"}  # tests/ by what it tests


def test_the_self_tests_sit_by_what_they_test_and_import_only_shared_helpers():
    """tests/judges, engines, outputs and packaging hold the test modules; the helpers they share
    sit in tests/helpers (and the recorded observations in tests/recorded), never in a test module
    another one imports."""
    modules = sorted((ROOT / "tests").rglob("test_*.py"))
    assert {p.parent.name for p in modules if "recorded" not in p.parts} == ROLES
    assert not list((ROOT / "tests" / "helpers").glob("test_*.py"))
    found = []
    for path in modules:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tests"):
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                allowed = ("tests.helpers", "tests.conftest")
                found += [(path.name, n) for n in names if not n.startswith(allowed)]
    assert found == []


# module names that more than one layer uses, each for the same concept (what the engine-facing
# code observes, what the model describes, what the judges judge, what the plugin holds)
COUNTERPARTS = {
    "cli", "daemon", "engine", "execs", "firewall", "gateway_modes", "ipv6", "reach", "scenarios", "seed",
    "session", "upgrade",
}  # fmt: skip


def test_a_name_two_layers_share_is_one_concept():
    names: dict[str, set[str]] = {}
    for folder in PACKAGES:
        for path in _sources(folder):
            if path.stem not in ("__init__", "__main__"):
                names.setdefault(path.stem, set()).add(str(path.parent.relative_to(ROOT)))
    assert {name for name, where in names.items() if len(where) > 1} == COUNTERPARTS
