"""Engines, sessions and migrations. Nothing connects at import time."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import event, exc
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, create_engine

from storage.sql import execute_with_waiting, send_waiting

T = TypeVar("T")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# A pooled PostgreSQL connection unused this long (seconds) is pinged before it is handed
# out: one that was in use a moment ago is not (a round trip an update saved; decision 0036).
PING_IDLE = 1.0
_CHECKED_IN = "storage.db.checked_in"  # in a connection record's `info`: when it came back


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
    engine = create_engine(url, echo=echo, hide_parameters=True, pool_size=5, max_overflow=10)
    event.listen(engine, "checkin", _checked_in)
    event.listen(engine, "checkout", partial(_ping_if_idle, engine))
    if engine.dialect.driver == "psycopg":
        from storage.pg import use_cursor  # psycopg itself only where it is used

        event.listen(engine, "connect", use_cursor)
        event.listen(engine, "before_cursor_execute", send_waiting)  # `writes_together`
        event.listen(engine, "do_execute", execute_with_waiting)
    return engine


def _checked_in(_dbapi_connection: Any, record: Any) -> None:
    record.info[_CHECKED_IN] = time.monotonic()


def _ping_if_idle(engine: Engine, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """The pool's `checkout` event: a connection that sat unused for `PING_IDLE` seconds
    is pinged (SQLAlchemy's `pool_pre_ping`, which pings every checkout, a round trip per
    transaction), and if the database does not answer, this and every older connection is
    replaced (a restarted server ended them all). A connection in use a moment ago is not
    pinged: should the server have gone in between, the statement fails with
    `connection_invalidated`, the pool is renewed, and an update's turn tries again at
    once on a new connection (`bot/turn.py`)."""
    since = record.info.get(_CHECKED_IN)
    if since is None or time.monotonic() - since < PING_IDLE:
        return  # new, or in use a moment ago
    try:
        engine.dialect.do_ping(dbapi_connection)
    except engine.dialect.loaded_dbapi.Error as error:
        raise exc.InvalidatePoolError(f"no answer to a ping: {type(error).__name__}") from error


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

    def run(self, work: Callable[[Session], T]) -> T:
        """`work(db)` in a transaction, committed; once more on a new connection if the
        database ended the one it had (a restart: `storage.db` pings only an idle one)."""
        try:
            with self.transaction() as db:
                return work(db)
        except DBAPIError as error:
            if not error.connection_invalidated:
                raise
        with self.transaction() as db:
            return work(db)

    def dispose(self) -> None:
        self.engine.dispose()
