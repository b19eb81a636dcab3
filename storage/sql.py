"""SQL that differs between SQLite and PostgreSQL, in one place."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session


def insert(db: Session, model: Any) -> Any:
    """`INSERT` for the session's database, with its `ON CONFLICT` clauses (both dialects
    spell them the same: `on_conflict_do_nothing`, `on_conflict_do_update`)."""
    dialect = db.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)
