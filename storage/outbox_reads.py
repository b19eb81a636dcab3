"""What the queue of outgoing messages shows: what a message carries and shows, what is
due next, and what became of the copies of one thing (a poll, its results).

The queue's writes (enqueue, claim, record what became of a row) are in storage/outbox.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from storage import memo
from storage.models import EDIT_KINDS, IN_FLIGHT, Outbox, State
from storage.outbox import Queued, queued
from storage.sql import one_of, prepared, run


def carries_button(*, db: Session, chat_id: int, message_id: int, data: str) -> bool:
    """Did the bot send (or edit) the message `message_id` of this chat with a button whose
    data is `data`? A tap is only honoured on the message that carries its button."""
    return button_label(db=db, chat_id=chat_id, message_id=message_id, data=data) is not None


def button_label(*, db: Session, chat_id: int, message_id: int, data: str) -> str | None:
    """The label of the button with data `data` on the message `message_id` of this chat, as
    the bot sent (or edited) it; None if no such message carries it (`tapped_button`)."""
    return tapped_button(db=db, chat_id=chat_id, message_id=message_id, data=data)[0]


def tapped_button(
    *, db: Session, chat_id: int, message_id: int, data: str
) -> tuple[str | None, bool]:
    """The label of the button with data `data` on the message `message_id` of this chat, as
    the bot sent (or edited) it (None if no such message carries it), and whether the bot
    knows that message (False: it may be a copy whose sending was never recorded).

    A message just sent whose sending is not recorded yet (its sender records outcomes a
    tenth of a second later, maybe in another process) has no message id here: a row of
    this chat in flight that carries the button stands for it. A message the bot has no
    record of at all may be a copy whose sending was never recorded
    (`unrecorded_copy`)."""
    kept = memo.known(db, ("tapped", chat_id, message_id))
    if kept is not None:  # read with the actor (`storage.places`)
        rows = kept[0]
    else:
        tapped = prepared(db, "tapped_button", _tapped)
        rows = run(db, tapped, {"b_chat": chat_id, "b_message": message_id})
    # what the message shows now (`shown`), kept for the turn: an edit is checked against it
    showing = [r for r in rows if _shows_now(r, message_id)]
    memo.keep(db, ("shown", chat_id, message_id), (_shown_of(showing[-1]) if showing else None,))
    placed = [r for r in rows if r[2] != State.PENDING]  # a pending edit: not shown yet
    known = any(message_id in (r[5], r[6]) for r in placed)
    for row in placed:
        label = _label(row[4], data)
        if label is not None:
            return label, known
    copy = (
        None if known else unrecorded_copy(db=db, chat_id=chat_id, message_id=message_id, data=data)
    )
    return (_label(copy[0].buttons, data) if copy is not None else None), known


def unrecorded_copy(
    *, db: Session, chat_id: int, message_id: int, data: str
) -> tuple[Queued, State] | None:
    """The row a message unknown to the bot stands for, if it carries that button and its
    outcome is unknown: a try whose process was killed, or whose request timed out after
    Telegram had carried it out, before the try was recorded. The row was tried (claimed
    at least once) and is neither recorded sent nor failed; a tap on a copy of it is the
    proof that copy arrived. (The use case the data names checks everything again: such a
    tap can do no more than a tap on the copy the bot knows.) With the row's state."""
    known = db.execute(
        select(Outbox.id)
        .where(
            col(Outbox.chat_id) == chat_id,
            or_(col(Outbox.message_id) == message_id, col(Outbox.edit_of) == message_id),
        )
        .limit(1)
    ).first()
    if known is not None:
        return None
    tried = db.exec(
        select(Outbox)
        .where(
            col(Outbox.chat_id) == chat_id,
            col(Outbox.attempts) >= 1,
            ~col(Outbox.kind).in_(EDIT_KINDS),
            col(Outbox.state).in_((State.PENDING, *IN_FLIGHT)) | (col(Outbox.attempts) > 1),
            col(Outbox.state) != State.FAILED,
        )
        .order_by(col(Outbox.id).desc())
    ).all()
    row = next((r for r in tried if _carries(r.buttons, data)), None)
    return (queued(row), State(row.state)) if row is not None else None


def _carries(buttons: list | None, data: str) -> bool:
    return _label(buttons, data) is not None


def _label(buttons: list | None, data: str) -> str | None:
    return next((str(b[0]) for row in buttons or [] for b in row if b[1] == data), None)


_EDITS = (State.SENT, State.CLAIMED, State.SENDING, State.PENDING)


TAPPED_COLUMNS = (
    col(Outbox.id),
    col(Outbox.kind),
    col(Outbox.state),
    col(Outbox.text),
    col(Outbox.buttons),
    col(Outbox.message_id),
    col(Outbox.edit_of),
)


def tapped_rows() -> Any:
    """The rows `tapped_button` reads of chat `b_chat` for the message `b_message`: the
    message as sent, its edits, and the chat's messages in flight."""
    in_flight = one_of(col(Outbox.state), IN_FLIGHT)
    is_edit = one_of(col(Outbox.kind), EDIT_KINDS)
    message_id: Any = bindparam("b_message")
    return and_(
        col(Outbox.chat_id) == bindparam("b_chat"),
        or_(
            (col(Outbox.state) == State.SENT) & (col(Outbox.message_id) == message_id),
            is_edit & (col(Outbox.edit_of) == message_id) & one_of(col(Outbox.state), _EDITS),
            in_flight & ~is_edit,
        ),
    )


def keep_tapped(db: Session, chat_id: int, message_id: int, rows: list[tuple[Any, ...]]) -> None:
    """What `tapped_button` reads, read already (with the actor: `storage.places`), kept
    for the transaction until the queue's rows change (`forget_tapped`)."""
    memo.keep(db, ("tapped", chat_id, message_id), (rows,))


def forget_tapped(db: Session) -> None:
    """The queue's rows may have changed since the tapped message was read (the outcomes
    of sends recorded, another process's turn for the chat): read it again."""
    memo.forget(db, "tapped")


def _tapped(_db: Session) -> Any:
    """`tapped_button`'s read, compiled once (`storage.sql.prepared`)."""
    return sa_select(*TAPPED_COLUMNS).where(tapped_rows()).order_by(col(Outbox.id))


def _shows_now(row: tuple[Any, ...], message_id: int) -> bool:
    """Is this row (id, kind, state, text, buttons, message_id, edit_of) one `shown`
    reads: the message as sent, or an edit of it queued and not sent yet?"""
    _, kind, state, _, _, sent_as, edit_of = row
    return (sent_as == message_id and state == State.SENT) or (
        kind in EDIT_KINDS
        and edit_of == message_id
        and state in (State.PENDING, State.CLAIMED, State.SENDING)
    )


def _shown_of(row: tuple[Any, ...]) -> tuple[str | None, list]:
    return row[3], list(row[4] or [])


def shown(*, db: Session, chat_id: int, message_id: int) -> tuple[str | None, list] | None:
    """The text and buttons of a message as the bot last sent or edited it, counting an
    edit queued and not sent yet (the message will show it in a moment); None: not known,
    e.g. an anonymous ballot's edits are not kept. Read once in a turn that read the tapped
    message already (`tapped_button`)."""
    kept = memo.known(db, ("shown", chat_id, message_id))
    if kept is not None:
        return kept[0]
    current = db.execute(
        select(Outbox.text, Outbox.buttons)
        .where(
            Outbox.chat_id == chat_id,
            or_(
                (col(Outbox.message_id) == message_id) & (col(Outbox.state) == State.SENT),
                col(Outbox.kind).in_(EDIT_KINDS)
                & (col(Outbox.edit_of) == message_id)
                & col(Outbox.state).in_((State.PENDING, State.CLAIMED, State.SENDING)),
            ),
        )
        .order_by(col(Outbox.id).desc())
        .limit(1)
    ).first()
    return (current[0], list(current[1] or [])) if current is not None else None


def shows(*, db: Session, chat_id: int, message_id: int, text: str | None, buttons: list) -> bool:
    """Does the message already show exactly this text and these buttons? (An edit to the
    same would be refused: "message is not modified".)"""
    return shown(db=db, chat_id=chat_id, message_id=message_id) == (text, buttons)


def next_due(*, db: Session) -> datetime | None:
    """When the soonest waiting row falls due (None: nothing waits)."""
    return db.exec(select(func.min(Outbox.not_before)).where(Outbox.state == State.PENDING)).one()


def count_by_state(*, db: Session, kind: str, ref_id: int) -> dict[str, int]:
    rows = db.exec(
        select(Outbox.state, func.count())
        .where(Outbox.kind == kind, Outbox.ref_id == ref_id)
        .group_by(Outbox.state)
    ).all()
    return {state: int(n) for state, n in rows}


def sent_copies(*, db: Session, kinds: Sequence[str], ref_id: int) -> list[Outbox]:
    """The messages about `ref_id` (e.g. a poll) that reached their chat."""
    return list(
        db.exec(
            select(Outbox).where(
                col(Outbox.kind).in_(kinds),
                Outbox.ref_id == ref_id,
                Outbox.state == State.SENT,
                col(Outbox.message_id).is_not(None),
            )
        ).all()
    )


def queued_chats(*, db: Session, kind: str, ref_id: int) -> list[Outbox]:
    """Every chat a message was queued for, except those it could not reach."""
    return list(
        db.exec(
            select(Outbox).where(
                Outbox.kind == kind,
                Outbox.ref_id == ref_id,
                col(Outbox.state).not_in((State.FAILED, State.SKIPPED)),
            )
        ).all()
    )
