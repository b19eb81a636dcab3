"""The database drivers as the bot uses them (PostgreSQL: `storage.pg`), and statements
run on them (`storage.sql`)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
from sqlalchemy import bindparam, event, insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

import storage.db
import storage.sql
from storage import exports
from storage.db import Database
from storage.models import BotState
from storage.pg import Cursor
from storage.sql import fetch_all, prepared, run, run_later, run_many, send_now, writes_together


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


def _put(_db: Session) -> Any:
    table = BotState.__table__  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    return insert(table).values(
        key=bindparam("b_key"), value=bindparam("b_value"), updated_at=bindparam("b_at")
    )


def _value(_db: Session) -> Any:
    table = BotState.__table__  # type: ignore[attr-defined]
    return select(table.c.value).where(table.c.key == bindparam("b_key"))


def _sent(database: Database) -> list[str]:
    """The statements sent to the database from now on (the engine's event)."""
    sent: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda _c, _k, sql, *_: sent.append(sql))
    return sent


def test_writes_together_go_with_the_next_statement_in_order(database: Database) -> None:
    """On PostgreSQL a write that returns nothing waits for the next statement, which
    sees it (a prepared read, SQLAlchemy's own, a driver read); on SQLite it goes at once.
    Whatever is left goes at the block's end and commits."""
    postgres = database.engine.dialect.name == "postgresql"
    sent = _sent(database)
    at = datetime(2026, 5, 4, tzinfo=UTC)
    with database.transaction() as db, writes_together(db):
        put, value = prepared(db, "t_put", _put), prepared(db, "t_value", _value)
        run(db, put, {"b_key": "a", "b_value": 1, "b_at": at})
        run_many(db, put, [{"b_key": k, "b_value": 2, "b_at": at} for k in ("b", "c")])
        assert len(sent) == (0 if postgres else 2)
        assert run(db, value, {"b_key": "c"}) == [(2,)]  # sent after the writes
        assert [s.split()[0] for s in sent] == ["INSERT", "INSERT", "SELECT"]
        run(db, put, {"b_key": "d", "b_value": 3, "b_at": at})
        found = db.scalars(select(BotState.value).where(BotState.key == "d")).all()
        assert found == [3], "SQLAlchemy's statement sent the waiting write first"
        run(db, put, {"b_key": "e", "b_value": 4, "b_at": at})
        assert fetch_all(db, select(BotState.key).order_by(BotState.key)) == [(k,) for k in "abcde"]
        run(db, put, {"b_key": "f", "b_value": 5, "b_at": at})  # left for the block's end
    with database.session() as db:
        assert db.scalars(select(BotState.key).order_by(BotState.key)).all() == list("abcdef")


def test_a_waiting_write_that_fails_fails_the_transaction(database: Database) -> None:
    """The failure is SQLAlchemy's (as from any statement), raised where the write is
    sent at the latest, and nothing of the transaction stays."""
    at = datetime(2026, 5, 4, tzinfo=UTC)
    with pytest.raises(IntegrityError), database.transaction() as db, writes_together(db):
        put = prepared(db, "t_put", _put)
        run(db, put, {"b_key": "a", "b_value": 1, "b_at": at})
        run(db, put, {"b_key": "a", "b_value": 2, "b_at": at})  # the same key again
        db.scalars(select(BotState.value)).all()
    with pytest.raises(IntegrityError), database.transaction() as db, writes_together(db):
        put = prepared(db, "t_put", _put)
        run(db, put, {"b_key": "b", "b_value": 1, "b_at": at})
        run(db, put, {"b_key": "b", "b_value": 2, "b_at": at})  # sent at the block's end
    with database.session() as db:
        assert db.scalars(select(BotState.key)).all() == []


def test_without_pipeline_mode_writes_go_at_once(database: Database, monkeypatch) -> None:
    """A psycopg whose libpq has no pipeline mode (older than 14) sends each write when it
    is made, as SQLite does."""
    monkeypatch.setattr(storage.sql, "_pipelines", lambda: False)
    sent = _sent(database)
    at = datetime(2026, 5, 4, tzinfo=UTC)
    with database.transaction() as db, writes_together(db):
        run(db, prepared(db, "t_put", _put), {"b_key": "a", "b_value": 1, "b_at": at})
        assert [s.split()[0] for s in sent] == ["INSERT"]
    with database.session() as db:
        assert db.scalars(select(BotState.key)).all() == ["a"]


def test_send_now_sends_the_waiting_writes_before_a_block_that_catches_its_own_errors(
    database: Database,
) -> None:
    """The draws of a join or seed code retry in a savepoint when the code is taken (an
    IntegrityError). `send_now` before it sends the turn's waiting writes, so their own
    failure is raised as itself, not retried as a code taken."""
    at = datetime(2026, 5, 4, tzinfo=UTC)
    with pytest.raises(IntegrityError), database.transaction() as db, writes_together(db):
        put = prepared(db, "t_put", _put)
        run(db, put, {"b_key": "a", "b_value": 1, "b_at": at})
        run(db, put, {"b_key": "a", "b_value": 2, "b_at": at})
        send_now(db)
        pytest.fail("send_now raised nothing")


@pytest.mark.postgres
def test_a_connection_lost_under_a_prepared_statement_is_transient_and_not_reused(
    postgres_run_database: str,
) -> None:
    """PostgreSQL ends the bot's connection (a restart, an administrator): the prepared
    statement's error is SQLAlchemy's OperationalError with `connection_invalidated` (the
    turn keeps its update for another try), and the connection is not handed out again."""
    database = Database(postgres_run_database)
    invalidated: list[object] = []
    event.listen(database.engine, "invalidate", lambda dbapi, *_: invalidated.append(dbapi))
    try:
        with (
            pytest.raises(OperationalError) as lost,
            database.transaction() as db,
            writes_together(db),
        ):
            pid = db.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with psycopg.connect(postgres_run_database, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            run(db, prepared(db, "t_value", _value), {"b_key": "a"})
        assert lost.value.connection_invalidated
        assert len(invalidated) == 1, "out of the pool at once, not at its next ping"
        with database.transaction() as db:
            assert db.execute(text("SELECT pg_backend_pid()")).scalar_one() != pid
            run(db, prepared(db, "t_value", _value), {"b_key": "a"})  # reads nothing, works
    finally:
        database.dispose()


def _pings(database: Database, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    pinged: list[object] = []
    ping = database.engine.dialect.do_ping
    monkeypatch.setattr(database.engine.dialect, "do_ping", lambda c: pinged.append(c) or ping(c))
    return pinged


def _backend(database: Database) -> int:
    with database.transaction() as db:
        return int(db.execute(text("SELECT pg_backend_pid()")).scalar_one())


@pytest.mark.postgres
def test_a_connection_in_use_a_moment_ago_is_not_pinged_an_idle_one_is(
    postgres_run_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No round trip before each transaction (SQLAlchemy's `pool_pre_ping` pings every
    checkout): only a connection that sat unused for `PING_IDLE` seconds is pinged."""
    database = Database(postgres_run_database)
    pinged = _pings(database, monkeypatch)
    try:
        first = _backend(database)
        assert [_backend(database) for _ in range(5)] == [first] * 5
        assert pinged == [], "in use a moment ago"
        monkeypatch.setattr(storage.db, "PING_IDLE", 0.0)
        assert _backend(database) == first
        assert len(pinged) == 1, "idle long enough"
    finally:
        database.dispose()


@pytest.mark.postgres
def test_an_idle_connection_the_database_ended_is_replaced_with_every_older_one(
    postgres_run_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database(postgres_run_database)
    try:
        with database.transaction() as a, database.transaction() as b:  # two in the pool
            pids = {a.execute(text("SELECT pg_backend_pid()")).scalar_one(),
                    b.execute(text("SELECT pg_backend_pid()")).scalar_one()}  # fmt: skip
        with psycopg.connect(postgres_run_database, autocommit=True) as admin:
            for pid in pids:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        monkeypatch.setattr(storage.db, "PING_IDLE", 0.0)
        assert _backend(database) not in pids, "the ping found it gone: a new one, no error"
        monkeypatch.setattr(storage.db, "PING_IDLE", 1e9)
        with database.transaction() as a, database.transaction() as b:  # both, unpinged
            now = {a.execute(text("SELECT pg_backend_pid()")).scalar_one(),
                   b.execute(text("SELECT pg_backend_pid()")).scalar_one()}  # fmt: skip
        assert not now & pids, "the other, as old, was replaced too"
    finally:
        database.dispose()


@pytest.mark.postgres
def test_database_run_tries_once_more_on_a_new_connection_when_its_own_was_ended(
    postgres_run_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage.db, "PING_IDLE", 1e9)  # the work meets the dead connection
    database = Database(postgres_run_database)
    tries: list[int] = []

    def work(db: Session) -> int:
        tries.append(1)
        return int(db.execute(text("SELECT 41 + 1")).scalar_one())

    try:
        pid = _backend(database)
        with psycopg.connect(postgres_run_database, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        assert database.run(work) == 42
        assert len(tries) == 2
        with pytest.raises(ZeroDivisionError):  # any other error is the caller's
            database.run(lambda db: 1 // 0)
    finally:
        database.dispose()


def _put_returning(_db: Session) -> Any:
    table = BotState.__table__  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    return _put(_db).returning(table.c.key)


def _committed_keys(database: Database) -> list[str]:
    with database.session() as other:  # another connection: what is committed
        return list(other.scalars(select(BotState.key).order_by(BotState.key)).all())


def test_the_commit_goes_with_the_last_writes_and_a_later_read_is_there_after(
    database: Database,
) -> None:
    """`writes_together(commit=True)`: on PostgreSQL what waits at the block's end (writes,
    a statement whose rows are wanted later) goes with the COMMIT in one round trip, and
    the caller's commit finds nothing left to do. On SQLite everything runs at once and
    the caller commits."""
    postgres = database.engine.dialect.name == "postgresql"
    at = datetime(2026, 5, 4, tzinfo=UTC)
    with database.transaction() as db:
        with writes_together(db, commit=True):
            run(db, prepared(db, "t_put", _put), {"b_key": "a", "b_value": 1, "b_at": at})
            later = run_later(
                db,
                prepared(db, "t_put_ret", _put_returning),
                {"b_key": "b", "b_value": 2, "b_at": at},
            )
            if postgres:
                with pytest.raises(RuntimeError):
                    later.rows()  # not sent yet
        assert later.rows() == [("b",)]
        if postgres:
            driver = db.connection().connection.dbapi_connection
            assert driver.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
            assert _committed_keys(database) == ["a", "b"], "committed with them"
    assert _committed_keys(database) == ["a", "b"]


def test_the_orms_own_changes_go_before_the_commit(database: Database) -> None:
    """What the ORM holds unflushed goes at the block's end, after the waiting writes (as
    it went at the caller's commit), and commits with them."""
    at = datetime(2026, 5, 4, tzinfo=UTC)
    sent = _sent(database)
    with database.transaction() as db, writes_together(db, commit=True):
        db.add(BotState(key="c", value=3, updated_at=at))
        run(db, prepared(db, "t_put", _put), {"b_key": "a", "b_value": 1, "b_at": at})
    assert [s.split()[0] for s in sent] == ["INSERT", "INSERT"]
    assert "VALUES" in sent[0] and "bot_state" in sent[1]
    assert _committed_keys(database) == ["a", "c"]


def test_a_write_that_fails_with_the_commit_commits_nothing(database: Database) -> None:
    at = datetime(2026, 5, 4, tzinfo=UTC)
    with (
        pytest.raises(IntegrityError),
        database.transaction() as db,
        writes_together(db, commit=True),
    ):
        put = prepared(db, "t_put", _put)
        run(db, put, {"b_key": "a", "b_value": 1, "b_at": at})
        later = run_later(
            db, prepared(db, "t_put_ret", _put_returning), {"b_key": "b", "b_value": 2, "b_at": at}
        )
        run(db, put, {"b_key": "a", "b_value": 2, "b_at": at})  # the same key again
    if database.engine.dialect.name == "postgresql":
        with pytest.raises(RuntimeError):
            later.rows()  # never sent
    assert _committed_keys(database) == []
    with database.transaction() as db:  # the connection serves the next transaction
        run(db, prepared(db, "t_put", _put), {"b_key": "z", "b_value": 1, "b_at": at})
    assert _committed_keys(database) == ["z"]


class Refused(Exception):
    pass


def _refuse_empty(rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        raise Refused


def test_a_later_statements_check_fails_where_it_arrives_and_again_before_the_commit(
    database: Database,
) -> None:
    """A claim that goes with the next statement (`run_later` with a check): the statement
    that carried it raises the check's error, and should something catch that, the block
    raises it again before anything commits."""
    postgres = database.engine.dialect.name == "postgresql"
    at = datetime(2026, 5, 4, tzinfo=UTC)
    with database.transaction() as db:
        run(db, prepared(db, "t_put", _put), {"b_key": "taken", "b_value": 1, "b_at": at})
    claim = {"b_key": "taken", "b_value": 2, "b_at": at}
    with pytest.raises(Refused), database.transaction() as db, writes_together(db, commit=True):
        try:
            run_later(db, prepared(db, "t_claim", _claim), claim, check=_refuse_empty)
            assert postgres, "SQLite: at once"
            db.scalars(select(BotState.key)).all()  # carries the claim: raises
            pytest.fail("the statement that carried the claim raised nothing")
        except Refused:
            pass  # caught: the block raises it again
        run(db, prepared(db, "t_put", _put), {"b_key": "other", "b_value": 3, "b_at": at})
    assert _committed_keys(database) == ["taken"]


def test_a_check_left_for_the_end_is_run_before_the_commit(database: Database) -> None:
    at = datetime(2026, 5, 4, tzinfo=UTC)
    with database.transaction() as db:
        run(db, prepared(db, "t_put", _put), {"b_key": "taken", "b_value": 1, "b_at": at})
    with pytest.raises(Refused), database.transaction() as db, writes_together(db, commit=True):
        run(db, prepared(db, "t_put", _put), {"b_key": "other", "b_value": 3, "b_at": at})
        claim = {"b_key": "taken", "b_value": 2, "b_at": at}
        run_later(db, prepared(db, "t_claim", _claim), claim, check=_refuse_empty)
    assert _committed_keys(database) == ["taken"], "nothing of it committed"
    with database.transaction() as db, writes_together(db, commit=True):
        claim = {"b_key": "free", "b_value": 2, "b_at": at}
        got = run_later(db, prepared(db, "t_claim", _claim), claim, check=_refuse_empty)
    assert got.rows() == [("free",)]
    assert _committed_keys(database) == ["free", "taken"]


def _claim(db: Session) -> Any:
    table = BotState.__table__  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    return (
        storage.sql.insert(db, table)
        .values(key=bindparam("b_key"), value=bindparam("b_value"), updated_at=bindparam("b_at"))
        .on_conflict_do_nothing()
        .returning(table.c.key)
    )


def test_a_streamed_read_goes_after_the_waiting_writes_and_sees_them(database: Database) -> None:
    """A server-side cursor (an export's `stream_results`) has no place in a pipeline: the
    writes waiting go first, then the read, which sees them."""
    at = datetime(2026, 5, 4, tzinfo=UTC)
    with database.transaction() as db, writes_together(db, commit=True):
        run(db, prepared(db, "t_put", _put), {"b_key": "a", "b_value": 1, "b_at": at})
        streamed = [
            row.key for row in exports.stream(db, select(BotState.key).order_by(BotState.key))
        ]
        assert streamed == ["a"]
        run(db, prepared(db, "t_put", _put), {"b_key": "b", "b_value": 2, "b_at": at})
    assert _committed_keys(database) == ["a", "b"]
