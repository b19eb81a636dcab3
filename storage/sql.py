"""SQL that differs between SQLite and PostgreSQL, in one place."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session


def insert(db: Session, model: Any) -> Any:
    """`INSERT` for the session's database, with its `ON CONFLICT` clauses (both dialects
    spell them the same: `on_conflict_do_nothing`, `on_conflict_do_update`)."""
    dialect = db.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)


def time_bucket(db: Session, column: Any, *, hourly: bool) -> Any:
    """The day (`2026-05-04`) or hour (`2026-05-04 10:00`) of a UTC timestamp column, as text."""
    if db.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM-DD HH24:00" if hourly else "YYYY-MM-DD")
    return func.strftime("%Y-%m-%d %H:00" if hourly else "%Y-%m-%d", column)
