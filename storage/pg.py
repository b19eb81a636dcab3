"""psycopg as the bot uses it: a cursor whose `description` is built once per shape of
result, not at each reading.

psycopg builds `Cursor.description` anew each time it is read: a `Column` for each column
of the result, each with its name decoded and its type looked up. SQLAlchemy reads it for
every statement it runs, so on PostgreSQL a fifth of the bot's CPU per update went there
(the member's read alone has sixty columns; decision 0036). The columns of a result are
the same each time the same statement runs, so they are kept by what makes them: each
column's name, type, modifier and size, read from the result (cheap calls into libpq)."""

from __future__ import annotations

from typing import Any

import psycopg

_SHAPES: dict[tuple[Any, ...], list[psycopg.Column]] = {}
_MOST = 2048  # distinct shapes kept (the bot has a few hundred statements)


class Cursor(psycopg.Cursor[Any]):
    """`psycopg.Cursor` with its `description` kept by the result's shape. The column's
    type (`Column.type_display`...) is looked up in the adapters of the connection that
    first saw the shape: the bot registers no type of its own, so they are all the same."""

    __slots__ = ()

    @property
    def description(self) -> list[psycopg.Column] | None:
        result = self.pgresult
        if result is None or not result.nfields:
            return super().description
        at = range(result.nfields)
        shape = (
            tuple(map(result.fname, at)),
            tuple(map(result.ftype, at)),
            tuple(map(result.fmod, at)),
            tuple(map(result.fsize, at)),
        )
        columns = _SHAPES.get(shape)
        if columns is None:
            columns = super().description
            assert columns is not None  # the result has columns
            if len(_SHAPES) >= _MOST:
                _SHAPES.clear()
            _SHAPES[shape] = columns
        return columns


def use_cursor(dbapi_connection: Any, _record: Any) -> None:
    """SQLAlchemy's `connect` event: the connection's cursors are `Cursor`s."""
    dbapi_connection.cursor_factory = Cursor
