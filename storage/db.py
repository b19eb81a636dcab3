"""Engines, sessions and migrations. Nothing connects at import time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from storage.sql import send_waiting

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets WAL mode and foreign keys."""
    parsed = make_url(url)
    # hide_parameters: a database error never carries what members wrote into a log.
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url, echo=echo, hide_parameters=True, connect_args={"check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername in {"postgresql", "postgres"}:
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    engine = create_engine(
        url, echo=echo, hide_parameters=True, pool_pre_ping=True, pool_size=5, max_overflow=10
    )
    if engine.dialect.driver == "psycopg":
        from storage.pg import use_cursor  # psycopg itself only where it is used

        event.listen(engine, "connect", use_cursor)
        event.listen(engine, "before_cursor_execute", send_waiting)  # `writes_together`
    return engine


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


class Database:
    """One engine and the way to open transactions on it."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.engine = make_engine(url, echo=echo)

    def upgrade(self, revision: str = "head") -> None:
        """Apply every migration not yet applied."""
        self._migrate(command.upgrade, revision)

    def downgrade(self, revision: str) -> None:
        self._migrate(command.downgrade, revision)

    def _migrate(self, step: Any, revision: str) -> None:
        config = alembic_config(self.url)
        with self.engine.connect() as connection:
            # SQLite rebuilds a table to alter it; foreign keys would refuse dropping the old one.
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                connection.commit()
            try:
                with connection.begin():
                    config.attributes["connection"] = connection
                    step(config, revision)
            finally:
                if sqlite:
                    connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                    connection.commit()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose changes are committed by the caller and rolled back on error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session committed on leaving the block without an error."""
        with self.session() as session:
            yield session
            session.commit()

    def dispose(self) -> None:
        self.engine.dispose()
