"""Imports point one way: bot -> usecases -> reports -> storage -> dialogs, and `texts` imports
nothing from the project. The core, the application layer and the reports stay free of
Telegram; handler modules are adapters only the wiring uses."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IO = {"telegram", "httpx", "aiohttp"}
PROJECT = {"bot", "usecases", "reports", "storage", "dialogs", "texts", "botapi_double"}
FORBIDDEN = {
    "dialogs": {"bot", "usecases", "reports", "storage", "sqlmodel", "sqlalchemy", *IO},
    "storage": {"bot", "usecases", "reports", *IO},
    "reports": {"bot", "usecases", *IO},
    "usecases": {"bot", *IO},
    "texts": PROJECT | IO,
    "botapi_double": {"bot", "usecases", "reports", "storage", "dialogs", "texts"},
}
WIRING = {"bot/app.py"}  # the composition root: the one module that imports handlers


def imported(path: Path) -> set[str]:
    """Every module `path` imports, by full dotted name."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


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


def test_only_the_wiring_imports_handlers_and_no_handler_imports_another() -> None:
    offenders = {}
    for path in (ROOT / "bot").rglob("*.py"):
        name = str(path.relative_to(ROOT))
        handlers = {n for n in imported(path) if n.startswith("bot.handlers.")}
        if handlers and name not in WIRING:
            offenders[name] = sorted(handlers)
    assert offenders == {}


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
