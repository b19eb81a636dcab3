"""The one queue of outgoing messages: enqueue, claim, and record what became of each row.

Promises by kind (`models.AT_MOST_ONCE_KINDS`): a reprompt is sent at most once: it is
marked `sending` just before its request, and if its sender dies before recording what
Telegram said, it expires instead of going out again blind. Every other message is owed
and sent at least once. A claimed row whose sender died before trying it is taken again,
whatever its kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import bindparam, case, func, true, update
from sqlalchemy import select as sa_select  # sqlmodel's select() is typed for at most four columns
from sqlmodel import Session, col, select

from storage import memo, transcript
from storage.models import (
    AT_MOST_ONCE_KINDS,
    EDIT_KINDS,
    IN_FLIGHT,
    REPROMPT_KINDS,
    SIDE_KINDS,
    Outbox,
    State,
)
from storage.sql import built, insert, one_of, prepared, run, run_later, run_many


@dataclass(frozen=True)
class Queued:
    """What a sender needs of one row (a plain value: no session, no lazy loading)."""

    id: int | None  # None: sent without a row (an anonymous ballot's edit)
    chat_id: int
    kind: str
    text: str | None
    buttons: list[Any]
    edit_of: int | None = None
    session_id: int | None = None
    member_id: int | None = None
    step_id: str | None = None
    attempt: int = 1
    ref_id: int | None = None
    meta: dict[str, Any] | None = None
    attempts: int = 1
    priority: int = 1

    @property
    def at_most_once(self) -> bool:
        return self.kind in AT_MOST_ONCE_KINDS

    def but(self, **changes: Any) -> Queued:
        return Queued(**{**self.__dict__, **changes})


_FIELDS = tuple(f for f in Queued.__dataclass_fields__ if f != "but")
_COLUMNS = [getattr(Outbox, name) for name in _FIELDS]


def queued(row: Outbox) -> Queued:
    """A stored row as a sender sees it."""
    return _queued(tuple(getattr(row, name) for name in _FIELDS))


def _queued(row: Any) -> Queued:
    values = dict(zip(_FIELDS, row, strict=True))
    values["buttons"] = list(values["buttons"] or [])
    values["meta"] = dict(values["meta"] or {})
    return Queued(**values)


_DEFAULTS = {  # what a column left out of a row gets
    column.name: column.default.arg
    for column in Outbox.__table__.columns  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    if column.default is not None and column.default.is_scalar
}


# Up to so many rows are queued by a prepared statement (`storage.sql.prepared`): a turn's
# replies, sent with the writes waiting before them (`storage.sql.writes_together`). A
# broadcast's thousands go by SQLAlchemy's "insertmanyvalues".
FEW = 4


def enqueue_many(
    *,
    db: Session,
    rows: Sequence[dict[str, Any]],
    now: datetime,
    claim_for: timedelta | None = None,
) -> list[Queued]:
    """Queue rows (column values; `chat_id`, `kind`, `dedupe_key` and `text` at least); a
    row whose dedupe_key was queued before is skipped. With `claim_for`, the rows are claimed
    by the caller, who sends them itself right after committing (replies); should it die
    first, they are taken again once the claim has lapsed."""
    return _enqueue_rows(db, rows, now, claim_for, later=False)()


def enqueue_later(
    *,
    db: Session,
    rows: Sequence[dict[str, Any]],
    now: datetime,
    claim_for: timedelta | None = None,
    held: Sequence[dict[str, Any]] = (),
) -> Callable[[], list[Queued]]:
    """`enqueue_many`, the rows queued read once the transaction's writes have gone (at the
    latest with its commit: `storage.sql.run_later`): a turn's replies, which its sender
    takes after the commit, go to PostgreSQL in the commit's round trip. `held`: the
    reprompts the turn holds (`storage.reprompts.hold`, `later`), queued in the same
    statement, first, and re-armed as `hold` does; they are not among the rows returned."""
    assert len(rows) + len(held) <= FEW or not held, "held rows go with a few replies only"
    return _enqueue_rows(db, rows, now, claim_for, later=True, held=held)


def _enqueue_rows(
    db: Session,
    rows: Sequence[dict[str, Any]],
    now: datetime,
    claim_for: timedelta | None,
    *,
    later: bool,
    held: Sequence[dict[str, Any]] = (),
) -> Callable[[], list[Queued]]:
    memo.forget(db, "shown")  # what a message shows, read earlier in the turn
    if not rows:
        return list
    claim = (
        {"state": State.CLAIMED, "claimed_at": now, "lease_until": now + claim_for, "attempts": 1}
        if claim_for is not None
        else {}
    )
    values = [dict(row) for row in held] + [
        {"buttons": [], "meta": {}, "not_before": now, "created_at": now, **row, **claim}
        for row in rows
    ]
    if len(values) > 1:  # rows naming the same columns go in one statement
        named = set().union(*values)
        values = [{name: row.get(name, _DEFAULTS.get(name)) for name in named} for row in values]
    else:  # a row leaves out what the table gives it by default
        values = [{**_DEFAULTS, **values[0]}]
    if len(values) <= FEW:  # a turn's replies: compiled once for so many rows of these columns
        names = tuple(sorted(values[0]))
        rearm = bool(held)
        statement = prepared(
            db,
            "enqueue_few",
            partial(_enqueue_few, names, len(values), rearm),
            (names, len(values), rearm),
        )
        given = {f"b_{i}_{name}": row[name] for i, row in enumerate(values) for name in names}
        if later and rearm:  # the held rows come back too (re-armed or new): left out
            holds = {row["dedupe_key"] for row in held}
            going = run_later(db, statement, given)
            return lambda: _sorted([r[:-1] for r in going.rows() if r[-1] not in holds])
        if later:
            going = run_later(db, statement, given)
            return lambda: _sorted(going.rows())
        found = _sorted(run(db, statement, given))
        return lambda: found
    # built once, on the table (`storage.sql.built`): its columns are those the rows name,
    # the rows all sent in one statement (SQLAlchemy's "insertmanyvalues")
    found = _sorted(db.execute(built(db, "enqueue", _enqueue), values).all())
    return lambda: found


def _sorted(found: Sequence[Any]) -> list[Queued]:
    return sorted((_queued(r) for r in found), key=lambda q: q.id or 0)


def _enqueue(db: Session) -> Any:
    table = Outbox.__table__  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    return insert(db, table).on_conflict_do_nothing().returning(*(table.c[f] for f in _FIELDS))


def _enqueue_few(names: tuple[str, ...], rows: int, rearm: bool, db: Session) -> Any:
    """`enqueue_many`'s statement for so many rows naming these columns, its values bound.
    `rearm`: some rows are held reprompts, re-armed on a conflict as `reprompts.hold`
    does (`rearming`); each row's dedupe_key is returned last."""
    table = Outbox.__table__  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    values = [
        {name: bindparam(f"b_{i}_{name}", type_=table.c[name].type) for name in names}
        for i in range(rows)
    ]
    statement = insert(db, table).values(values)
    returned = [table.c[f] for f in _FIELDS]
    if rearm:
        return rearming(statement).returning(*returned, table.c.dedupe_key)
    return statement.on_conflict_do_nothing().returning(*returned)


def rearming(statement: Any) -> Any:
    """An insert of held reprompts: a row whose dedupe_key is queued already is re-armed
    with the new time (and meta) if it was held, cancelled or skipped; one sent, or in
    flight, is left as it is. A row queued `cancelled` is a void (`reprompts.void`): the
    row it meets is cancelled if held, counted answered (at its `created_at`) if sent and
    not answered yet, else left as it is. The other rows of such an insert, a turn's
    replies, leave a row they meet as it is, as `on_conflict_do_nothing` would."""
    c = Outbox.__table__.c  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    x = statement.excluded
    voids, held = x.state == State.CANCELLED, c.state == State.PENDING
    answered = (c.state == State.SENT) & c.replied_at.is_(None)
    return statement.on_conflict_do_update(
        index_elements=[c.dedupe_key],
        set_={
            "state": case(
                (voids, case((held, State.CANCELLED), else_=c.state)), else_=State.PENDING
            ),
            "not_before": case((voids, c.not_before), else_=x.not_before),
            "replied_at": case((voids, x.created_at), else_=None),
            "meta": case((voids, c.meta), else_=x.meta),
        },
        # a held row (queued pending) re-arms; a reply (queued claimed) never touches the
        # row it meets, which then is not returned either: not sent by this turn
        where=(
            one_of(c.state, (State.PENDING, State.CANCELLED, State.SKIPPED))
            & (x.state == State.PENDING)
        )
        | (voids & (held | answered)),
    )


def enqueue(
    *,
    db: Session,
    chat_id: int,
    kind: str,
    dedupe_key: str,
    text: str | None,
    now: datetime,
    **fields: Any,
) -> bool:
    """Queue one message; False if the same dedupe_key was queued before."""
    row = {"chat_id": chat_id, "kind": kind, "dedupe_key": dedupe_key, "text": text, **fields}
    return bool(enqueue_many(db=db, rows=[row], now=now))


def claim_due(
    *, db: Session, now: datetime, limit: int, lease: timedelta, per_chat: int = 3
) -> list[Queued]:
    """Take up to `limit` due rows in one atomic statement (`FOR UPDATE SKIP LOCKED` on
    PostgreSQL, so two senders never take the same row; SQLite has one writer).

    Replies first; then background rows shared fairly between sessions (each session's
    first due row, then each one's second, ...), so a broadcast to thousands does not hold
    up another session's poll; at most `per_chat` rows for one chat (what Telegram lets
    a chat receive at once), so a claimed batch never waits long on one chat."""
    _settle_lapsed_claims(db, now)
    ranked = (
        sa_select(
            col(Outbox.id),
            col(Outbox.priority),
            col(Outbox.not_before),
            func.row_number()
            .over(
                partition_by=col(Outbox.session_id),
                order_by=(col(Outbox.not_before), col(Outbox.id)),
            )
            .label("turn"),
            func.row_number()
            .over(
                partition_by=col(Outbox.chat_id), order_by=(col(Outbox.not_before), col(Outbox.id))
            )
            .label("in_chat"),
        )
        .where(col(Outbox.state) == State.PENDING, col(Outbox.not_before) <= now)
        .subquery()
    )
    # The locks are taken in the fair order, skipping rows another sender holds: ranked
    # first and limited after, two senders at once would both rank the same first rows,
    # and the later one, finding them all locked, would take nothing while others wait.
    due = (  # row locks cannot be taken where window functions are computed: only outbox's
        select(Outbox.id)
        .join(ranked, ranked.c.id == col(Outbox.id))
        .where(ranked.c.in_chat <= per_chat, col(Outbox.state) == State.PENDING)
        .order_by(ranked.c.priority, ranked.c.turn, ranked.c.not_before, ranked.c.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=Outbox)
    )
    claimed = db.execute(
        update(Outbox)
        .where(col(Outbox.id).in_(due.scalar_subquery()))
        .values(
            state=State.CLAIMED,
            claimed_at=now,
            lease_until=now + lease,
            attempts=Outbox.attempts + 1,
        )
        .returning(*_COLUMNS)
        .execution_options(synchronize_session=False)
    ).all()
    return sorted((_queued(r) for r in claimed), key=lambda q: (q.priority, q.id or 0))


def release_claims(*, db: Session, now: datetime) -> None:
    """Every claim lapses now: for the sole sender, at its start (whoever held them died)."""
    _settle_lapsed_claims(db, now, every=True)


def _settle_lapsed_claims(db: Session, now: datetime, every: bool = False) -> None:
    """A claim past its lease belongs to a sender that died: what it had not tried yet, and
    what is owed, is taken again; an at-most-once row it was sending is never sent blind."""
    lapsed = true() if every else col(Outbox.lease_until) < now
    db.execute(
        update(Outbox)
        .where(col(Outbox.state).in_(IN_FLIGHT), lapsed)
        .values(
            state=case(
                (
                    (col(Outbox.state) == State.SENDING) & col(Outbox.kind).in_(AT_MOST_ONCE_KINDS),
                    "expired",
                ),
                else_="pending",
            ),
            lease_until=None,
        )
        .execution_options(synchronize_session=False)
    )


def mark_sent(
    *, db: Session, sent: Sequence[tuple[Queued, int | None]], now: datetime, later: bool = False
) -> None:
    """Record sends: the rows become `sent` and the messages join the transcript (edits
    change a message already there). Which message asked a question is its row's: the
    row says it is a question (`meta`), and has the message's id now."""
    stored = [(row, message_id) for row, message_id in sent if row.id is not None]
    for chat in {row.chat_id for row, _ in stored}:  # what a message of theirs shows
        memo.forget(db, "shown", chat)
    for row, _ in stored:  # reads of the turn that a reprompt's send changes
        if row.kind in SIDE_KINDS:  # a side question just recorded sent is out now
            memo.forget(db, "no_side", row.member_id)
        if row.kind in REPROMPT_KINDS:  # a reprompt sent is one a void answers now
            memo.forget(db, "voidable", row.session_id, row.member_id)
    run_many(
        db,
        prepared(db, "mark_sent", _mark_sent),
        [
            {
                "b_id": row.id,
                "b_sent_at": now,
                "b_message_id": message_id,
                "b_text": row.text,  # a reprompt's text and buttons are composed
                "b_buttons": row.buttons,  # when it goes, and whether it asks the
                "b_meta": row.meta,  # flow's question (`asked_since`)
            }
            for row, message_id in stored
        ],
    )
    transcript.record_outgoing(
        db=db,
        sent=[(r, m) for r, m in stored if r.kind not in EDIT_KINDS],  # unrecorded: not kept
        now=now,
        later=later,  # the transcript's rows: with the transaction's next (`note`)
    )


def _mark_sent(_db: Session) -> Any:
    """`mark_sent`'s update of a row (`storage.sql.prepared`), on the table."""
    c = Outbox.__table__.c  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    return (
        update(Outbox.__table__)  # type: ignore[attr-defined]
        .where(c.id == bindparam("b_id"))
        .values(
            state=State.SENT,
            **{
                name: bindparam(f"b_{name}", type_=c[name].type)
                for name in ("sent_at", "message_id", "text", "buttons", "meta")
            },
        )
    )


def mark_sending(*, db: Session, row: Queued) -> None:
    """An at-most-once row is about to be sent (committed before the request)."""
    db.execute(
        update(Outbox)
        .where(col(Outbox.id) == row.id, col(Outbox.state) == State.CLAIMED)
        .values(state=State.SENDING)
        .execution_options(synchronize_session=False)
    )


def _given_back(db: Session) -> None:
    """Rows went back to the queue, or were closed unsent: reads of the turn they change
    are read again (what a message shows; what a void would change, `reprompts.void`)."""
    memo.forget(db, "shown")
    memo.forget(db, "voidable")


def retry_later(*, db: Session, row: Queued, when: datetime, error: str) -> None:
    """Send `row` again at `when`; later rows to the same chat wait too, to keep the order."""
    _given_back(db)
    db.execute(
        update(Outbox)
        .where(col(Outbox.id) == row.id)
        .values(state=State.PENDING, not_before=when, lease_until=None, error=error[:300])
    )
    db.execute(
        update(Outbox)
        .where(
            col(Outbox.chat_id) == row.chat_id,
            col(Outbox.id) > row.id,
            col(Outbox.state) == State.PENDING,  # claimed ones are their sender's to give back
            col(Outbox.not_before) < when,
        )
        .values(not_before=when)
        .execution_options(synchronize_session=False)
    )


def release(*, db: Session, rows: Iterable[Queued], when: datetime) -> None:
    """Give claimed rows back unsent (their chat must wait for an earlier row)."""
    _given_back(db)
    ids = [row.id for row in rows if row.id is not None]
    if ids:
        db.execute(
            update(Outbox)
            .where(col(Outbox.id).in_(ids), col(Outbox.state).in_(IN_FLIGHT))
            .values(
                state=State.PENDING,
                not_before=when,
                lease_until=None,
                attempts=case((col(Outbox.attempts) > 0, Outbox.attempts - 1), else_=0),
            )
            .execution_options(synchronize_session=False)
        )


def settle(*, db: Session, row: Queued, state: str, error: str | None = None) -> None:
    """Close a row unsent: failed, skipped, cancelled or expired."""
    _given_back(db)
    if row.id is not None:
        db.execute(
            update(Outbox)
            .where(col(Outbox.id) == row.id)
            .values(state=state, lease_until=None, error=error[:300] if error else None)
        )


def drop_pending(*, db: Session, kind: str, ref_id: int) -> int:
    """Take back what was not sent yet (e.g. copies of a poll that has closed)."""
    result = db.execute(
        update(Outbox)
        .where(
            col(Outbox.kind) == kind,
            col(Outbox.ref_id) == ref_id,
            col(Outbox.state) == State.PENDING,
        )
        .values(state=State.DROPPED)
    )
    # sqlmodel types Session.execute as returning Result; it is a CursorResult (rowcount)
    return result.rowcount or 0  # type: ignore[attr-defined]
