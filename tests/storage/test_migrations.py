"""The migrations build exactly the tables the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import storage.models  # noqa: F401
from storage.db import Database


def test_upgrade_creates_every_table(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_upgrade_twice_is_harmless(database: Database) -> None:
    database.upgrade()
    assert "member" in inspect(database.engine).get_table_names()
