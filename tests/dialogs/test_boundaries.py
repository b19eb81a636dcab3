"""The core stays pure: no telegram, bot, storage, database or clock reads in dialogs/."""

import ast
from pathlib import Path

DIALOGS = Path(__file__).resolve().parents[2] / "dialogs"
FORBIDDEN = ("telegram", "bot", "storage", "sqlmodel", "sqlalchemy", "aiohttp", "requests")


def test_dialogs_imports_nothing_from_the_shells():
    for path in DIALOGS.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_dialogs_never_reads_the_clock():
    for path in DIALOGS.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for call in ("datetime.now(", "datetime.utcnow(", "time.time(", "date.today("):
            assert call not in source, f"{path.name} reads the clock with {call}"
