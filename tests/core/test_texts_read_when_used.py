"""A text is read when it is used, never when a module is imported: a text read at import
(a module-level table of texts, a default argument, a class attribute) would stay in the
language spoken then, English, for everyone. Texts are names of `texts.<module>` and of
`dialogs/texts.py`, read through the module (`texts.members.X`), never imported by name."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "usecases", "reports", "dialogs")
TEXT_MODULES = {
    "texts.members",
    "texts.organisers",
    "texts.polls",
    "texts.proposals",
    "texts.reports",
    "texts.shell",
    "texts.commands",
    "dialogs.texts",
}


def _aliases(tree: ast.Module) -> tuple[dict[str, str], list[str]]:
    """Names bound to a texts module: "package" for `import texts.members` (read as
    `texts.members.X`), "module" for `from dialogs import texts` (read as `texts.X`); and
    texts imported by name (refused)."""
    aliases: dict[str, str] = {}
    by_name: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in TEXT_MODULES:
                    if alias.asname:
                        aliases[alias.asname] = "module"
                    else:
                        aliases[alias.name.split(".")[0]] = "package"
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if f"{node.module}.{alias.name}" in TEXT_MODULES:
                    aliases[alias.asname or alias.name] = "module"
                elif node.module in TEXT_MODULES:
                    by_name.append(f"from {node.module} import {alias.name}")
    return aliases, by_name


def _read_at_import(tree: ast.Module, aliases: dict[str, str]) -> list[int]:
    """Lines where a text is read while the module is imported."""
    lines: list[int] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for default in [*node.args.defaults, *node.args.kw_defaults]:
                if default is not None:
                    visit(default)
            for decorator in node.decorator_list:
                visit(decorator)
            return  # the body runs later
        if isinstance(node, ast.Lambda):
            return
        if isinstance(node, ast.Attribute) and _is_text(node, aliases):
            lines.append(node.lineno)
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    for statement in tree.body:
        visit(statement)
    return lines


def _is_text(node: ast.Attribute, aliases: dict[str, str]) -> bool:
    """`texts.members.X` or `flow_texts.X`: an upper-case name read from a texts module."""
    if not node.attr.isupper():
        return False
    value = node.value
    if isinstance(value, ast.Name):
        return aliases.get(value.id) == "module"
    return (
        isinstance(value, ast.Attribute)
        and isinstance(value.value, ast.Name)
        and aliases.get(value.value.id) == "package"
    )


def test_no_text_is_read_at_import() -> None:
    offenders = []
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if path.name == "texts.py" and package == "dialogs":
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            aliases, by_name = _aliases(tree)
            where = path.relative_to(ROOT)
            offenders += [f"{where}: {line}" for line in by_name]
            offenders += [f"{where}:{n}" for n in _read_at_import(tree, aliases)]
    assert offenders == []


def test_the_check_finds_a_table_read_at_import() -> None:
    tree = ast.parse(
        "import texts.members\nfrom dialogs import texts as t\n"
        "TABLE = {1: texts.members.X}\nY = t.Z\n"
        "def f(a=t.W):\n    return texts.members.V\n"
    )
    aliases, _ = _aliases(tree)
    assert _read_at_import(tree, aliases) == [3, 4, 5]
    inside = ast.parse("from dialogs import texts\nACKS = {'text': texts.THANKS}\n")
    assert _read_at_import(inside, _aliases(inside)[0]) == [2]
