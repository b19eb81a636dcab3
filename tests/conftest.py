"""Shared fixtures: databases (SQLite and a real PostgreSQL), a frozen clock."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import texts.i18n
from bot.clock import FixedClock
from storage.db import Database

texts.i18n.STRICT = True  # a text formatted without one of its values fails the test

PG_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
SKIPPED_PG = " — these tests ran on SQLite only"
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
    pytest.skip(f"{reason}{SKIPPED_PG}")


SKIPPED_BROWSER = " — the report was not opened in a browser"


def chromium_path() -> str:
    """The system's Chromium (Debian's `chromium`, or $CHROMIUM), for the report's browser
    tests; missing, those tests fail under CI=true and skip with a notice elsewhere."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium")
    reason = None if found else "Chromium not found (apt-get install chromium, or set CHROMIUM)"
    if found is not None:
        try:
            import playwright.sync_api  # noqa: F401  (the dev extra brings it)
        except ImportError:
            reason = "playwright is not installed (pip install -e '.[dev]')"
    if reason is None:
        assert found is not None
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run)")
    pytest.skip(f"{reason}{SKIPPED_BROWSER}")


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


# With -n N (pytest-xdist, the default: see pyproject.toml) the longest tests start first,
# one per worker, so that none of them starts near the end while the other workers sit
# idle; their PostgreSQL runs (the slower) go first. Without workers the order is as written.
LONG_FIRST = (
    "tests/e2e/test_crashes.py",  # a minute or more on each database
    "tests/e2e/test_webhook_processes.py",
    "tests/e2e/test_fairness.py",
    "tests/e2e/test_processes.py",
    "tests/dialogs/test_properties.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return

    def rank(item: pytest.Item) -> tuple[int, bool]:
        for place, prefix in enumerate(LONG_FIRST):
            if item.nodeid.startswith(prefix):
                return place, "[postgres" not in item.nodeid
        return len(LONG_FIRST), False

    items.sort(key=rank)  # stable: every worker collects the same order, as xdist requires


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr or "")


def _skipped(terminalreporter, marker: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Why the tests skipped with this marker were skipped (read from their reports)."""
    return [
        reason.removesuffix(marker)
        for report in terminalreporter.stats.get("skipped", [])
        if (reason := _skip_reason(report)).endswith(marker)
    ]


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    # Read from the skipped tests' reports, not from this process's state: with -n N the
    # workers skip, and this summary is written by the controller, which ran no test.
    reasons = _skipped(terminalreporter, SKIPPED_PG)
    if reasons:
        terminalreporter.write_line(
            f"NOTICE: PostgreSQL tests were skipped ({reasons[0]}). "
            "Start PostgreSQL or set TEST_POSTGRES_URL to run them.",
            yellow=True,
        )
    browser = _skipped(terminalreporter, SKIPPED_BROWSER)
    if browser:
        terminalreporter.write_line(
            f"NOTICE: the report's browser tests were skipped ({browser[0]}). "
            "Install Debian's chromium to run them (CI does).",
            yellow=True,
        )
