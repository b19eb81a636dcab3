"""The database drivers as the bot uses them (PostgreSQL: `storage.pg`)."""

from __future__ import annotations

import psycopg
import pytest

from storage.db import Database
from storage.pg import Cursor


def _described(cursor: psycopg.Cursor) -> list[tuple[object, ...]]:
    return [tuple(column) for column in cursor.description or ()]


@pytest.mark.postgres
def test_a_results_columns_are_described_as_psycopg_describes_them(
    postgres_run_database: str,
) -> None:
    database = Database(postgres_run_database)
    plain = psycopg.connect(postgres_run_database)
    queries = [
        "SELECT 1 AS n, 'a'::text AS word",
        "SELECT now() AS at, 2.5::numeric(4, 1) AS amount, '{}'::json AS meta",
        "SELECT 1 AS n, 'a'::varchar(3) AS word",  # the first's names, other types
        "SELECT telegram_id, display_name FROM member",  # no rows, still columns
        "UPDATE member SET paused = false WHERE id = -1",  # no columns
    ]
    try:
        with database.engine.connect() as connection:
            driver = connection.connection.dbapi_connection
            assert driver is not None
            for query in queries * 2:  # the second time, from what was kept
                ours = driver.cursor()
                assert isinstance(ours, Cursor)
                ours.execute(query)
                theirs = plain.cursor()
                theirs.execute(query)
                assert _described(ours) == _described(theirs), query
                assert (ours.description is None) == (theirs.description is None)
            connection.rollback()
    finally:
        plain.close()
        database.dispose()


@pytest.mark.postgres
def test_the_same_shape_of_result_is_described_once(postgres_run_database: str) -> None:
    database = Database(postgres_run_database)
    try:
        with database.engine.connect() as connection:
            driver = connection.connection.dbapi_connection
            assert driver is not None
            first, second = driver.cursor(), driver.cursor()
            first.execute("SELECT 1 AS n, 'a'::text AS word")
            second.execute("SELECT 2 AS n, 'b'::text AS word")
            assert first.description is second.description
            second.execute("SELECT 2 AS m, 'b'::text AS word")
            assert [c.name for c in second.description or ()] == ["m", "word"]
    finally:
        database.dispose()
