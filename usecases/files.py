"""Files the bot sends (exports, a member's own data, charts): made when their queue row
falls due, off the event loop, in a database session of their own, into a temporary
file that is deleted once sent.

A maker is registered under a name with `@maker("name")` and called as
`make(db, services, now, params, folder) -> Made`; an `Out(kind="document",
file=FileSpec("name", params))` asks for one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from usecases.context import Services


@dataclass(frozen=True)
class Made:
    path: Path
    filename: str  # as the recipient sees it
    caption: str = ""


Maker = Callable[[Session, Services, datetime, dict[str, Any], Path], Made]
MAKERS: dict[str, Maker] = {}


def maker(name: str) -> Callable[[Maker], Maker]:
    def register(func: Maker) -> Maker:
        MAKERS[name] = func
        return func

    return register


def make(
    name: str, db: Session, services: Services, now: datetime, params: dict[str, Any], folder: Path
) -> Made:
    """Make the file `name` asks for; KeyError for a maker nobody registered."""
    return MAKERS[name](db, services, now, params, folder)
