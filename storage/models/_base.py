"""Helpers shared by the table modules."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import JSON, BigInteger, Column
from sqlmodel import Field

from storage.types import UTCDateTime


class Stored(Protocol):
    id: int | None


def id_of(row: Stored) -> int:
    """The id of a row read from or flushed to the database. SQLModel types a primary key
    `int | None` (None until the row is inserted); a stored row has an id."""
    assert row.id is not None, f"{type(row).__name__} not stored yet"
    return row.id


def utcnow() -> datetime:
    """Default for created-at columns; behaviour that depends on time takes `now` explicitly."""
    return datetime.now(UTC)


def when(*, nullable: bool = True, index: bool = False, default: Any = None) -> Any:
    """A UTC timestamp column."""
    if default is None and not nullable:
        return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=index)
    return Field(default=default, sa_type=UTCDateTime, nullable=nullable, index=index)


def tg_id(
    *, nullable: bool = False, index: bool = False, unique: bool = False, default: Any = ...
) -> Any:
    """A Telegram user or chat id: 64-bit."""
    return Field(
        default=None if nullable else default,
        sa_type=BigInteger,
        nullable=nullable,
        index=index,
        unique=unique,
    )


def json_field(default_factory: Any) -> Any:
    return Field(default_factory=default_factory, sa_column=Column(JSON, nullable=False))
