"""Shared fixtures: databases (SQLite and a real PostgreSQL), a frozen clock."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FixedClock
from storage.db import Database

PG_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
_pg_state: dict[str, object] = {}


def _postgres_reason() -> str | None:
    """None if PostgreSQL answers, else why not (checked once per run)."""
    if "reason" not in _pg_state:
        try:
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
                _pg_state["reason"] = None
        except Exception as exc:
            _pg_state["reason"] = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc}".strip()
    return _pg_state["reason"]  # type: ignore[return-value]


def need_postgres() -> None:
    reason = _postgres_reason()
    if reason is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: PostgreSQL tests must run)")
    _pg_state["skipped"] = True
    pytest.skip(f"{reason} — these tests ran on SQLite only")


def _admin_execute(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(sql)


def fresh_postgres_url() -> tuple[str, str]:
    name = f"codesign_test_{uuid.uuid4().hex[:12]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{name}", name


def drop_postgres(name: str) -> None:
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _migrate(url: str) -> None:
    db = Database(url)
    try:
        db.upgrade()
    finally:
        db.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, made once per run and copied for each test."""
    path = tmp_path_factory.mktemp("template") / "codesign.db"
    _migrate(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_run_database() -> Iterator[str]:
    """One migrated PostgreSQL database for the whole run (created per run, dropped after)."""
    need_postgres()
    url, name = fresh_postgres_url()
    try:
        _migrate(url)
        yield url
    finally:
        drop_postgres(name)


def _empty_postgres(url: str) -> None:
    """Back to the freshly migrated state: no rows, every id sequence from 1 again.
    (About 20 ms, against 200 ms to create a database even from a template.)"""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'alembic_version'"
        ).fetchall()
        sequences = conn.execute(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"
        ).fetchall()
        statements = [f'DELETE FROM "{t}"' for (t,) in tables]
        statements += [f'ALTER SEQUENCE "{s}" RESTART' for (s,) in sequences]
        with conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")  # no FK order needed
            conn.execute("; ".join(statements))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database for each test, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "codesign.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    need_postgres()
    url = request.getfixturevalue("postgres_run_database")
    _empty_postgres(url)
    yield url


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """A migrated database, SQLite and PostgreSQL in turn (database_url's is migrated
    already: the SQLite template's copy, or the run's PostgreSQL database emptied)."""
    db = Database(database_url)
    yield db
    db.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 5, 4, 10, 0, tzinfo=UTC))


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if _pg_state.get("skipped"):
        terminalreporter.write_line(
            f"NOTICE: PostgreSQL tests were skipped ({_pg_state['reason']}). "
            "Start PostgreSQL or set TEST_POSTGRES_URL to run them.",
            yellow=True,
        )
