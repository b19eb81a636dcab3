"""Imports point one way: bot -> usecases -> reports -> storage -> dialogs, and `texts` imports
nothing from the project. The core, the application layer and the reports stay free of
Telegram; no module imports, even late or only for type checking, a module that imports
it back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IO = {"telegram", "httpx", "aiohttp"}
PROJECT = {"bot", "usecases", "reports", "storage", "dialogs", "texts", "botapi_double"}
FORBIDDEN = {
    "dialogs": {"bot", "usecases", "reports", "storage", "sqlmodel", "sqlalchemy", *IO},
    "storage": {"bot", "usecases", "reports", "dialogs", "texts", *IO},
    "reports": {"bot", "usecases", *IO},
    "usecases": {"bot", *IO},
    "texts": (PROJECT - {"texts"}) | IO,  # its modules read their words through texts.i18n
    "botapi_double": {"bot", "usecases", "reports", "storage", "dialogs", "texts"},
}
PACKAGES = ("bot", "botapi_double", "dialogs", "storage", "reports", "texts", "usecases", "bench")


def imported(path: Path) -> set[str]:
    """Every module `path` imports, by full dotted name (relative imports resolved)."""
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            # `from pkg import mod` imports mod; `from mod import name` imports mod
            names |= {f"{base}.{alias.name}" for alias in node.names}
    return names


def _module(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def roots(path: Path) -> set[str]:
    return {name.split(".")[0] for name in imported(path)}


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_outer_layers(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(roots(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
        if roots(path) & FORBIDDEN[package]
    }
    assert offenders == {}


def project_graph() -> dict[str, set[str]]:
    """Module -> the project's modules it imports (`from pkg import mod` counts as mod)."""
    files = {_module(path): path for p in PACKAGES for path in (ROOT / p).rglob("*.py")}

    def known(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    return {
        module: {m for n in imported(path) if (m := known(n)) and m != module}
        for module, path in files.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert cycles(project_graph()) == []


def test_the_cycle_check_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


@pytest.mark.parametrize("package", ["dialogs", "usecases", "reports"])
def test_the_core_the_use_cases_and_the_reports_never_read_the_clock(package: str) -> None:
    """Time comes in as `now` (the engine's argument, `Ctx.now`, the report's), so tests can set
    it."""
    reads = ("datetime.now(", "datetime.utcnow(", "time.time(", "date.today(", "monotonic(")
    offenders = [
        f"{path.relative_to(ROOT)}: {call}"
        for path in (ROOT / package).rglob("*.py")
        for call in reads
        if call in path.read_text()
    ]
    assert offenders == []
