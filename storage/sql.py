"""SQL that differs between SQLite and PostgreSQL, in one place."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, cached_property
from operator import itemgetter
from typing import Any

from sqlalchemy import Float, func, or_, text, type_coerce
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import Insert
from sqlmodel import Session


def insert(db: Session, model: Any) -> Any:
    """`INSERT` for the session's database, with its `ON CONFLICT` clauses (both dialects
    spell them the same: `on_conflict_do_nothing`, `on_conflict_do_update`)."""
    dialect = db.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)


_BUILT: dict[tuple[str, Hashable, str], Any] = {}


def built(db: Session, name: str, make: Callable[[Session], Any], variant: Hashable = None) -> Any:
    """A statement of the hot path built once per database dialect (and `variant`), its
    values left as bound parameters: building a statement anew for each update costs
    more than running it (SQLAlchemy coerces every clause of it), while a statement built
    once only has its cache key found again (decision 0036)."""
    key = (name, variant, db.get_bind().dialect.name)
    statement = _BUILT.get(key)
    if statement is None:
        statement = _BUILT[key] = make(db)
    return statement


@dataclass(frozen=True)
class Prepared:  # not slotted: `pick` is kept once made
    """A statement of the hot path compiled once for a dialect, to run on the driver's own
    cursor (`run`, `run_many`): its SQL, its parameters' order (SQLite's are positional),
    the values fixed when it was built, and SQLAlchemy's conversions of the values bound
    (a time to SQLite's text, a dict to JSON) and of the columns returned."""

    sql: str
    order: tuple[str, ...] | None  # None: bound by name (psycopg)
    fixed: dict[str, Any]
    binds: tuple[tuple[str, Callable[[Any], Any]], ...]
    results: tuple[Callable[[Any], Any] | None, ...]

    @cached_property
    def pick(self) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
        """The positional values out of the named ones, in C (`operator.itemgetter`)."""
        order = self.order or ()
        if len(order) == 1:
            return lambda values: (values[order[0]],)
        return itemgetter(*order)


_PREPARED: dict[tuple[str, Hashable, str], Prepared] = {}


def prepared(
    db: Session, name: str, make: Callable[[Session], Any], variant: Hashable = None
) -> Prepared:
    """`built`, and compiled once as well. SQLAlchemy's execution around a statement costs
    ten times what the driver spends on it (an execution context, its parameters processed
    afresh, a result object): the statements every update runs go to the driver directly,
    with the same SQL, the same conversions and the same events (`run`). Only for
    statements that SQLAlchemy runs as they are: no list expanded into IN (`one_of`), no
    default computed in Python (a scalar one is filled in as SQLAlchemy would), no ORM
    objects."""
    dialect = db.get_bind().dialect
    key = (name, variant, dialect.name)
    found = _PREPARED.get(key)
    if found is None:
        made = make(db)
        if isinstance(made, Insert) and not made.exported_columns:
            made = made.inline()  # no RETURNING of the new row's id, which no one reads
        compiled: Any = made.compile(dialect=dialect)
        if compiled.literal_execute_params or compiled.post_compile_params:
            raise ValueError(f"{name}: a statement with values rendered at execution")
        if compiled.escaped_bind_names:
            raise ValueError(f"{name}: bound names that need escaping")
        fixed = dict(compiled.construct_params(_check=False))
        for column in compiled.insert_prefetch:  # a column's default, as SQLAlchemy fills it
            if column.default is None or not column.default.is_scalar:
                raise ValueError(f"{name}: give {column.key}, whose default is computed")
            fixed[column.key] = column.default.arg
        if compiled.update_prefetch:
            raise ValueError(f"{name}: give the columns that have a value on update")
        results = tuple(
            entry.type._cached_result_processor(dialect, None) for entry in compiled._result_columns
        )
        found = _PREPARED[key] = Prepared(
            sql=str(compiled),
            order=tuple(compiled.positiontup) if compiled.positiontup is not None else None,
            fixed=fixed,
            binds=tuple(compiled._bind_processors.items()),
            results=results,
        )
    return found


def one_of(column: Any, values: Sequence[Any]) -> Any:
    """`column IN (values)` for a prepared statement: a constant list spelled out, which
    SQLAlchemy would otherwise expand each time the statement runs."""
    return or_(*(column == value for value in values))


def run(db: Session, statement: Prepared, values: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Run a prepared statement in the session's transaction; its rows, if it returns any,
    converted as SQLAlchemy would. One that returns nothing may wait for the next statement
    (`writes_together`)."""
    if _waits(db, statement, [values], many=False):
        return []
    with _cursor(db, statement, [values], many=False) as cursor:
        if not statement.results:  # (psycopg builds its `description` anew each time)
            return []
        return _converted(statement, cursor.fetchall())


def _converted(statement: Prepared, rows: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The rows as SQLAlchemy would give them (its conversions of the columns)."""
    if any(statement.results):
        convert = statement.results
        return [tuple(f(v) if f else v for f, v in zip(convert, row, strict=True)) for row in rows]
    return [tuple(row) for row in rows]


Check = Callable[[list[tuple[Any, ...]]], None]


class Later:
    """The rows a statement returns, once it has been sent (`run_later`), and the `check`
    they must pass (it raises if they do not)."""

    def __init__(self, check: Check | None = None) -> None:
        self._rows: list[tuple[Any, ...]] | None = None
        self.check = check

    def rows(self) -> list[tuple[Any, ...]]:
        if self._rows is None:
            raise RuntimeError("not sent yet: its block of writes has not ended")
        return self._rows

    def arrived(self, rows: list[tuple[Any, ...]], failed: list[Exception]) -> None:
        """Its rows are here; a failed check is raised, and kept in `failed` (its block
        raises it again at its end, should something catch it meanwhile)."""
        self._rows = rows
        if self.check is not None:
            try:
                self.check(rows)
            except Exception as error:
                failed.append(error)
                raise


def run_later(
    db: Session, statement: Prepared, values: dict[str, Any], *, check: Check | None = None
) -> Later:
    """`run` for a statement whose rows are wanted later: within `writes_together` it waits
    like a write and goes with the next statement, or with the commit; its rows are there
    once it has gone. The ids of the replies a turn queues, which its sender takes once it
    commits; or an update's claim, which the turn needs to know only before it commits.

    `check(rows)` raises if the rows do not allow the transaction to go on: it is run as
    soon as they arrive, so the error is raised by whatever statement sent it, and raised
    again at the block's end should something have caught it; a statement with a check is
    never sent with the commit (the commit waits for the check)."""
    info = db.connection().info
    waiting, later = info.get(_WAITING), Later(check)
    if waiting is not None:
        waiting.append((statement, [_args(statement, values)], False, later))
        return later
    later.arrived(run(db, statement, values), info.get(_FAILED, []))
    return later


def run_many(db: Session, statement: Prepared, values: Sequence[dict[str, Any]]) -> None:
    """Run a prepared statement once for each set of values (no rows returned); it may wait
    for the next statement (`writes_together`)."""
    if values and not _waits(db, statement, values, many=True):
        with _cursor(db, statement, values, many=True):
            pass


_WAITING = "storage.sql.waiting"  # in the connection's `info`: writes not sent yet
_FAILED = "storage.sql.failed"  # in the connection's `info`: later statements' failed checks


@contextmanager
def writes_together(db: Session, *, commit: bool = False) -> Iterator[None]:
    """Within the block, on PostgreSQL, a prepared statement that returns nothing (`run`,
    `run_many`) is not sent at once: it goes with the next statement sent on the
    connection, all of them in one round trip (psycopg's pipeline mode), and the block's
    end sends what is left. A turn's writes (what became of earlier sends, the dialog's
    question message, the answer, the reprompts voided and held, the transcript) then cost
    a round trip together instead of one each: nine small writes and a commit take a third
    of the time, and half the CPU, sent so (decision 0036). Order is kept: any statement
    on the connection goes after the waiting writes, in their round trip where it can (a
    prepared one, SQLAlchemy's: `execute_with_waiting`), else after sending them
    (`send_waiting`). A failed write raises where it is sent, and the transaction fails as
    it would have. SQLite, in the process, has no round trips to save: it runs them at once; nor
    does a psycopg on a libpq older than 14, which has no pipeline mode.

    `commit`: the block is the last of its transaction, and the transaction commits in
    the round trip that sends what is left (the caller's commit then finds it done); for
    a block whose end is its transaction's (`bot/calls.py`)."""
    info = db.connection().info
    info[_FAILED] = []  # the checks that failed (`run_later`)
    pipelined = db.get_bind().dialect.name == "postgresql" and _pipelines()
    if pipelined:
        info[_WAITING] = []
    try:
        yield
        _failed(info)  # a check failed, and something caught its error
        if pipelined:
            if commit:
                db.flush()  # the ORM's own changes, before the commit
            checked = any(later is not None and later.check for *_s, later in info[_WAITING])
            _send(db.connection(), commit=commit and not checked)  # a check: before it
            _failed(info)
    finally:
        info.pop(_WAITING, None)
        info.pop(_FAILED, None)


def _failed(info: dict[str, Any]) -> None:
    if info[_FAILED]:
        raise info[_FAILED][0]


def send_now(db: Session) -> None:
    """Send the writes waiting on the session's connection now (`writes_together`): before
    a block that catches a database error of its own (a savepoint's retry when a drawn code
    is taken), so that their failure is not taken for the block's."""
    _send(db.connection())


@cache
def _pipelines() -> bool:
    """Whether psycopg's libpq has pipeline mode (14 and later; psycopg[binary] has)."""
    import psycopg  # only where PostgreSQL is used

    return bool(psycopg.Pipeline.is_supported())


def send_waiting(
    connection: Any, _cursor: Any, _sql: str, parameters: Any, context: Any, many: bool
) -> None:
    """The engine's `before_cursor_execute` event (PostgreSQL): a statement SQLAlchemy runs
    many times, or without parameters, sends the writes waiting on its connection first
    (`writes_together`); any other goes with them (`execute_with_waiting`)."""
    if connection.info.get(_WAITING) and (
        many or context is None or (not parameters and context.no_parameters)
    ):
        _send(connection)


def execute_with_waiting(cursor: Any, sql: str, parameters: Any, context: Any) -> bool:
    """The dialect's `do_execute` event (PostgreSQL): a statement SQLAlchemy runs goes in
    the round trip of the writes waiting on its connection (`writes_together`), after
    them; its results are there once it returns, as SQLAlchemy expects. A failure is the
    driver's, for SQLAlchemy to raise as its own (a lost connection invalidated). False:
    nothing waits, SQLAlchemy runs the statement itself."""
    connection = context.root_connection
    try:
        waiting = connection.info.get(_WAITING)
    except NotImplementedError:  # the engine's first connection, its dialect's own reads
        return False
    if not waiting:
        return False
    if getattr(cursor, "name", None):  # a server-side cursor (`stream_results`): not in a
        _send(connection, wrap=False)  # pipeline; it goes after them, on its own
        return False
    _send(connection, lambda: cursor.execute(sql, parameters), wrap=False)
    return True


def _waits(db: Session, statement: Prepared, values: Sequence[dict[str, Any]], many: bool) -> bool:
    """Keep a write for the next statement, if the transaction sends its writes together."""
    if statement.results:
        return False
    waiting = db.connection().info.get(_WAITING)
    if waiting is None:
        return False
    waiting.append((statement, [_args(statement, v) for v in values], many, None))
    return True


def _send(connection: Any, then: Any = None, *, commit: bool = False, wrap: bool = True) -> None:
    """Send the writes waiting on the connection, and `then` (a cursor's `execute` to make
    after them) or the transaction's `commit`, in the same round trip. Nothing waiting:
    `then` alone, and the commit left to the caller's. A failure is raised as SQLAlchemy
    raises it (`wrap`), or as the driver's."""
    waiting = connection.info.get(_WAITING)
    if not waiting:
        if then is not None:
            then()
        return
    taken = list(waiting)
    waiting.clear()
    driver = connection.connection.dbapi_connection
    cursor = driver.cursor()
    wanted: list[tuple[Any, Prepared, Later]] = []  # their own cursors: their rows
    try:
        with driver.pipeline():
            for statement, args, many, later in taken:
                if later is None:
                    _execute(connection, cursor, statement.sql, args if many else args[0], many)
                    continue
                wanted.append((driver.cursor(), statement, later))
                _execute(connection, wanted[-1][0], statement.sql, args[0], False)
            if then is not None:
                then()
            if commit:  # as a statement: psycopg's `commit()` would sync the pipeline
                cursor.execute("COMMIT")  # in a round trip of its own before its end
        for own, statement, later in wanted:
            later.arrived(_converted(statement, own.fetchall()), connection.info[_FAILED])
    except connection.dialect.loaded_dbapi.Error as error:  # one of them failed
        if not wrap:
            raise
        sql = ";\n".join(statement.sql for statement, *_rest in taken)
        raise _wrapped(connection, cursor, sql, None, error) from error
    finally:
        cursor.close()
        for own, _statement, _later in wanted:
            own.close()


def _execute(connection: Any, cursor: Any, sql: str, parameters: Any, many: bool) -> None:
    """The statement on the driver's cursor, the engine's `before_cursor_execute` event
    fired as SQLAlchemy fires it (a count of statements, `send_waiting`)."""
    if connection._has_events or connection.engine._has_events:
        connection.dispatch.before_cursor_execute(connection, cursor, sql, parameters, None, many)
    if many:
        cursor.executemany(sql, parameters)
    else:
        cursor.execute(sql, parameters)


@contextmanager
def _cursor(
    db: Session, statement: Prepared, values: Sequence[dict[str, Any]], *, many: bool
) -> Iterator[Any]:
    args = [_args(statement, v) for v in values]
    connection = db.connection()
    cursor = connection.connection.cursor()
    parameters: Any = args if many else args[0]
    try:
        _send(connection, lambda: _execute(connection, cursor, statement.sql, parameters, many))
        yield cursor
    except connection.dialect.loaded_dbapi.Error as error:  # as SQLAlchemy would raise it
        raise _wrapped(connection, cursor, statement.sql, parameters, error) from error
    finally:
        cursor.close()


def _wrapped(connection: Any, cursor: Any, sql: str, parameters: Any, error: Exception) -> Any:
    """The driver's error as SQLAlchemy raises it (`sqlalchemy.exc.OperationalError`...),
    so that a lost connection is told from a bug (`bot.commands.is_transient`); the values
    never shown (`hide_parameters`, as the engine)."""
    dialect = connection.dialect
    return DBAPIError.instance(
        sql,
        parameters,
        error,
        dialect.loaded_dbapi.Error,
        hide_parameters=True,
        dialect=dialect,
        connection_invalidated=dialect.is_disconnect(error, connection.connection, cursor),
    )


def _args(statement: Prepared, values: dict[str, Any]) -> Any:
    merged = {**statement.fixed, **values}
    for name, convert in statement.binds:
        merged[name] = convert(merged[name])
    if statement.order is None:
        return merged
    return statement.pick(merged)


def time_bucket(db: Session, column: Any, *, hourly: bool) -> Any:
    """The day (`2026-05-04`) or hour (`2026-05-04 10:00`) of a UTC timestamp column, as text."""
    if db.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM-DD HH24:00" if hourly else "YYYY-MM-DD")
    return func.strftime("%Y-%m-%d %H:00" if hourly else "%Y-%m-%d", column)


def lock_chat(db: Session, chat_id: int) -> None:
    """Hold the chat until the transaction ends (PostgreSQL: a transaction-level advisory
    lock), so that two processes never apply the same chat's updates at once. SQLite has
    one writer at a time anyway."""
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT pg_advisory_xact_lock(:chat)"), {"chat": chat_id})


def ping(db: Session) -> None:
    """Raises if the database cannot be reached."""
    db.execute(text("SELECT 1"))


def epoch(db: Session, column: Any) -> Any:
    """A UTC timestamp column as seconds since the epoch, a float (NULL stays NULL): a
    hundred thousand numbers read far faster than a hundred thousand datetimes. (On
    PostgreSQL `date_part` is a float already, twice as fast as `EXTRACT`'s numeric made a
    float, and the same number: both the exact quotient, rounded once.)"""
    if db.get_bind().dialect.name == "postgresql":
        return type_coerce(func.date_part("epoch", column), Float)
    return type_coerce((func.julianday(column) - 2440587.5) * 86400.0, Float)


def fetch_all(db: Session, statement: Any) -> list[tuple[Any, ...]]:
    """Every row of a statement of plain columns (numbers, text; no type to convert), read
    through the driver's own cursor in the session's transaction: a tuple a row, without
    the cost of SQLAlchemy's rows (a quarter of the time of reading 100,000 of them); from
    PostgreSQL in binary, a tenth faster again."""
    with _driver_cursor(db, statement) as cursor:
        return list(cursor.fetchall())


def fetch_chunks(
    db: Session, statement: Any, size: int = 4096
) -> Iterator[Sequence[tuple[Any, ...]]]:
    """The rows of a statement of plain columns, as `fetch_all` reads them, `size` at a
    time: a chunk can be made into arrays while its values are still in the CPU's cache,
    and freed before the next is read."""
    with _driver_cursor(db, statement) as cursor:
        while rows := cursor.fetchmany(size):
            yield rows


@contextmanager
def _driver_cursor(db: Session, statement: Any) -> Iterator[Any]:
    """The driver's own cursor, the statement executed on it in the session's transaction;
    from PostgreSQL the rows in binary (psycopg loads numbers without parsing text)."""
    connection = db.connection()
    compiled = statement.compile(dialect=connection.dialect)
    names = compiled.positiontup
    args: Any = compiled.params if names is None else tuple(compiled.params[n] for n in names)
    cursor = connection.connection.cursor()
    binary = {"binary": True} if connection.dialect.name == "postgresql" else {}
    try:
        _send(connection)  # the writes waiting, first (`writes_together`)
        cursor.execute(str(compiled), args, **binary)
        yield cursor
    finally:
        cursor.close()


def large_read(db: Session) -> None:
    """Ready the session's transaction for reads that aggregate and sort a whole large
    session (`storage.reach`). On PostgreSQL, until the transaction ends: no JIT (compiling
    a plan costs 100 to 150 ms, more than it saves on reads of this size) and 64 MB of work
    memory, so that their aggregates and sort stay in memory instead of spilling to disk.
    SQLite has nothing to set."""
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SET LOCAL jit = off"))
        db.execute(text("SET LOCAL work_mem = '64MB'"))
