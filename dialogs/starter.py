"""The commented starter flow `codesign flows new` writes (also the example of the
organisers' guide, docs/writing-flows.md): every step kind, every key with its default."""

from __future__ import annotations

import re
from pathlib import Path

from dialogs.models import SLUG

STARTER = Path(__file__).resolve().parent / "starter.yaml"


def starter_text(title: str | None = None) -> str:
    """The starter flow, with its own title if given."""
    text = STARTER.read_text(encoding="utf-8")
    if title:
        quoted = '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
        text = re.sub(r"^title: .*$", f"title: {quoted}", text, count=1, flags=re.MULTILINE)
    return text


def id_problem(path: Path) -> str | None:
    """Why this file name cannot name a flow (a flow's id is its file's name), if it cannot."""
    if path.suffix not in (".yaml", ".yml"):
        return "a flow file's name ends in .yaml"
    if not SLUG.fullmatch(path.stem) or len(path.stem) > 24:
        return (
            "name the file with a-z, 0-9 and _ only, at most 24 before .yaml (it is the flow's id)"
        )
    return None
