"""Reads kept for the rest of one transaction (one update's turn, one use case call): what
does not change while the turn runs is read once however many parts of the turn ask for
it (a session and the member's part in it, a flow's names). Kept in the SQLAlchemy
session's `info`, which lives exactly as long as the transaction (`Database.transaction`
opens a session for each); a writer that changes what is kept forgets it (`forget`)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlmodel import Session

T = TypeVar("T")
_MISSING: Any = object()


def kept(db: Session, key: tuple[Hashable, ...], read: Callable[[], T]) -> T:
    """What `read()` gives, read once in this transaction under `key` (its first element
    names the kind of read, for `forget`)."""
    found = db.info.get(key, _MISSING)
    if found is _MISSING:
        found = db.info[key] = read()
    return found


def known(db: Session, key: tuple[Hashable, ...]) -> Any:
    """What was kept under `key` in this transaction; None if nothing was."""
    return db.info.get(key)


def keep(db: Session, key: tuple[Hashable, ...], value: Any) -> None:
    db.info[key] = value


def forget(db: Session, *prefix: Hashable) -> None:
    """Forget every read kept in the transaction whose key starts with `prefix` (what it
    read changed): `forget(db, "names", owner)`."""
    size = len(prefix)
    for key in [k for k in db.info if isinstance(k, tuple) and k[:size] == prefix]:
        del db.info[key]
