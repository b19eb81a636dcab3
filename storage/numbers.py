"""Numbers people see: proposals and polls are numbered per session (#1 is the first of
its session), so an organiser's `/hide 3` and a member's "proposal #3" mean the same thing
in a session of their own, whatever other sessions the deployment runs.

The next number comes from a counter on the session row, raised and read in one statement
(`UPDATE … RETURNING`): on PostgreSQL the row lock serialises two proposals of the same
session until the first commits, on SQLite writes are serialised anyway, so two rows never
get the same number (a unique constraint on (session, number) stands behind it)."""

from __future__ import annotations

from typing import Literal, cast

from sqlalchemy import update
from sqlmodel import Session, col, select

from storage.models import CoSession, Poll, Proposal

Counter = Literal["proposals_numbered", "polls_numbered"]


def next_number(*, db: Session, session_id: int, counter: Counter) -> int:
    column = col(getattr(CoSession, counter))
    raised: int = db.execute(
        update(CoSession)
        .where(col(CoSession.id) == session_id)
        .values({column: column + 1})
        .returning(column)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return raised


def give_back(*, db: Session, session_id: int, counter: Counter, number: int) -> None:
    """The number just taken, returned when its row was not stored after all (the
    session's row is still locked by this transaction, so nobody took a later one)."""
    column = col(getattr(CoSession, counter))
    db.execute(
        update(CoSession)
        .where(col(CoSession.id) == session_id, column == number)
        .values({column: number - 1})
        .execution_options(synchronize_session=False)
    )


def numbered(
    *, db: Session, model: type[Proposal] | type[Poll], number: int, session_ids: set[int] | None
) -> list[tuple[CoSession, Proposal | Poll]]:
    """The proposals (or polls) with this number, with their sessions, newest session
    first: in every session (`session_ids` None) or in these."""
    query = (
        select(CoSession, model)
        .join(model, col(model.session_id) == col(CoSession.id))
        .where(col(model.number) == number)
    )
    if session_ids is not None:
        query = query.where(col(CoSession.id).in_(session_ids or {0}))
    rows = db.exec(query.order_by(col(CoSession.id).desc()).limit(LIMIT)).all()
    return [(cosession, cast(Proposal | Poll, item)) for cosession, item in rows]


LIMIT = 10  # sessions listed when a number is ambiguous
