"""Reprompts of the engagement loop: held as rows of the one queue (`storage.outbox`),
composed when they fall due. What to hold is decided by `dialogs.engagement`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import (
    Float,
    Integer,
    String,
    and_,
    bindparam,
    case,
    cast,
    event,
    exists,
    false,
    func,
    literal,
    null,
    or_,
    union_all,
    update,
)
from sqlalchemy import select as sa_select  # sqlmodel's select() is typed for at most four columns
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from storage import memo, outbox
from storage.models import (
    CAPPED_KINDS,
    REPROMPT_KINDS,
    SIDE_KINDS,
    Answer,
    Kind,
    Outbox,
    Proposal,
    State,
)
from storage.sql import insert, one_of, prepared, run


def reprompt_key(kind: str, session_id: int, member_id: int, step_id: str, attempt: int) -> str:
    return f"{kind}:{session_id}:{member_id}:{step_id}:{attempt}"


def hold(
    *,
    db: Session,
    session_id: int,
    member_id: int,
    chat_id: int,
    step_id: str,
    kind: str,
    attempt: int,
    due_at: datetime,
    now: datetime,
    meta: dict[str, Any] | None = None,
    key: str | None = None,
    later: bool = False,
) -> None:
    """Hold a reprompt, composed when it falls due. The same (kind, step, attempt) again
    re-arms a held row with the new time; one already sent is never sent again. (`key`:
    one of its own, e.g. an organiser's /nudge.) `later`: kept for the transaction's
    replies, queued in their statement (`take_held`, `outbox.enqueue_later`); whoever
    asks for that writes what is still kept before the commit (`write_held`)."""
    row = {
        "chat_id": chat_id,
        "session_id": session_id,
        "member_id": member_id,
        "kind": kind,
        "dedupe_key": key or reprompt_key(kind, session_id, member_id, step_id, attempt),
        "step_id": step_id,
        "attempt": attempt,
        "meta": meta or {},
        "not_before": due_at,
        "created_at": now,
        "text": None,
        "buttons": [],
    }
    if later:
        held = db.info.setdefault(_HELD, {})
        if held.get(row["dedupe_key"], {}).get("state") == State.CANCELLED:
            write_held(db, [held.pop(row["dedupe_key"])])  # a void of that row: first
        held[row["dedupe_key"]] = row
    else:
        write_held(db, [row])


_HELD = "reprompts_held"  # db.info: reprompts held `later`, by dedupe_key


def take_held(db: Session) -> list[dict[str, Any]]:
    """The reprompts held `later` in this transaction and not written yet, now the
    caller's to write (in the order held)."""
    return list(db.info.pop(_HELD, {}).values())


def write_held(db: Session, held: Sequence[dict[str, Any]]) -> None:
    """Write reprompts taken with `take_held`, each as `hold` would have (a void as `void`
    would have)."""
    for row in held:
        if row.get("state") == State.CANCELLED:
            values = {"b_dedupe_key": row["dedupe_key"], "b_now": row["created_at"]}
            run(db, prepared(db, "void_reprompt", _void_one), values)
        else:
            run(db, prepared(db, "hold_reprompt", _hold), {f"b_{k}": v for k, v in row.items()})


@event.listens_for(OrmSession, "before_commit")
def _held_before_commit(db: OrmSession) -> None:
    """What no caller took is written before a plain commit (a use case called without
    `bot.calls`, e.g. from a script). A transaction that commits with its last writes
    (`storage.sql.writes_together`) commits before this runs: there `bot.calls` takes
    them first."""
    held = take_held(db)  # type: ignore[arg-type]  # any session: sqlmodel's is one
    if held:
        write_held(db, held)  # type: ignore[arg-type]


@event.listens_for(OrmSession, "after_rollback")
def _held_rolled_back(db: OrmSession) -> None:
    db.info.pop(_HELD, None)


def _hold(db: Session) -> Any:
    """`hold`'s statement, its values bound, on the table (`storage.sql.prepared`: the
    states it re-arms spelled out, not a list expanded when it runs)."""
    table = Outbox.__table__  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    c = table.c
    values = {
        name: bindparam(f"b_{name}", type_=c[name].type)
        for name in ("chat_id", "session_id", "member_id", "kind", "dedupe_key", "step_id",
                     "attempt", "meta", "not_before", "created_at", "text", "buttons")
    }  # fmt: skip
    return outbox.rearming(insert(db, table).values(**values))


def void(
    *,
    db: Session,
    session_id: int,
    member_id: int,
    now: datetime,
    steps: Sequence[str] = (),
    kinds: Sequence[str] = (),
    chat_id: int | None = None,
) -> None:
    """The member answered `steps` (or something voids `kinds`): what is held about them
    is cancelled, and what was sent about them counts as answered now.

    The usual case, one step answered (the one their dialog was at) with at most one row
    about it (`chat_id` given): the actor's read found which (`storage.places`,
    `voidable`); none, nothing is written; one, its void goes with the turn's replies,
    in their statement, as a held reprompt does (`hold`, `later`; `outbox.rearming`)."""
    if not steps and not kinds:
        return
    found = memo.known(db, (_VOIDABLE, session_id, member_id, steps[0])) if steps else None
    if chat_id is not None and len(steps) == 1 and not kinds and found is not None:
        (key,) = found
        if key == "":  # nothing held or out about the step
            return
        if key is not None:  # the one row: with the replies
            row = _void_row(chat_id, session_id, member_id, steps[0], key, now)
            db.info.setdefault(_HELD, {})[key] = row
            return
    variant = (len(steps), len(kinds))  # a statement for each number of them
    statement = prepared(db, "void_reprompts", partial(_void, *variant), variant=variant)
    values: dict[str, Any] = {"b_session_id": session_id, "b_member_id": member_id, "b_now": now}
    values |= {f"b_step_{i}": step for i, step in enumerate(steps)}
    values |= {f"b_kind_{i}": kind for i, kind in enumerate(kinds)}
    run(db, statement, values)


_VOIDABLE = "voidable"  # memo: (the key of) what `void` would change about a step, if one


def voidable(t: Any = Outbox) -> Any:
    """Is this reprompt row (`t`: the table or an alias of it) one a void changes: held,
    or sent and not answered?"""
    return (col(t.state) == State.PENDING) | (
        (col(t.state) == State.SENT) & col(t.replied_at).is_(None)
    )


def voidable_key(session_id: Any, member_id: Any, step_id: Any) -> Any:
    """A scalar subquery for a read that runs anyway (`storage.places.actor`): what `void`
    would change about the step: "" if nothing, the row's dedupe_key if one, NULL if more."""
    t = aliased(Outbox)
    count = func.count()
    return (
        sa_select(
            case((count == 0, literal("")), (count == 1, func.min(col(t.dedupe_key))), else_=null())
        )
        .where(
            col(t.session_id) == session_id,
            col(t.member_id) == member_id,
            col(t.step_id) == step_id,
            one_of(col(t.kind), REPROMPT_KINDS),
            voidable(t),
        )
        .scalar_subquery()
    )


def keep_voidable(db: Session, session_id: int, member_id: int, step_id: str, key: Any) -> None:
    memo.keep(db, (_VOIDABLE, session_id, member_id, step_id), (key,))


def forget_voidable(db: Session) -> None:
    """The queue's rows changed: what `void` would change is read again by its statement."""
    memo.forget(db, _VOIDABLE)


def _void_row(
    chat_id: int, session_id: int, member_id: int, step_id: str, key: str, now: datetime
) -> dict[str, Any]:
    """A void of one row, as a held row (`hold`): queued `cancelled`, it cancels the row
    it meets if held, or counts it answered now if sent (`outbox.rearming`); should the row
    be gone, it is a cancelled row of its own."""
    kind = key.split(":", 1)[0]  # a reprompt's key names its kind (`reprompt_key`)
    return {
        "chat_id": chat_id,
        "session_id": session_id,
        "member_id": member_id,
        "kind": kind if kind in REPROMPT_KINDS else Kind.REMINDER,
        "dedupe_key": key,
        "step_id": step_id,
        "attempt": 0,
        "meta": {},
        "not_before": now,
        "created_at": now,
        "text": None,
        "buttons": [],
        "state": State.CANCELLED,
    }


def _void(steps: int, kinds: int, db: Session) -> Any:
    """`void`'s statement for so many steps and kinds (`storage.sql.prepared`), on the
    table."""
    about = or_(
        col(Outbox.step_id).in_([bindparam(f"b_step_{i}") for i in range(steps)])
        if steps
        else false(),
        col(Outbox.kind).in_([bindparam(f"b_kind_{i}") for i in range(kinds)])
        if kinds
        else false(),
    )
    mine = and_(
        col(Outbox.session_id) == bindparam("b_session_id"),
        col(Outbox.member_id) == bindparam("b_member_id"),
        one_of(col(Outbox.kind), REPROMPT_KINDS),
        about,
    )
    return _settled(mine, answered_too=bool(steps))


def _settled(mine: Any, *, answered_too: bool) -> Any:
    """One statement over the reprompt rows `mine` picks: the held ones cancelled and, with
    `answered_too`, the sent ones not yet answered counted answered, at `b_now`."""
    pending = col(Outbox.state) == State.PENDING
    return (
        update(Outbox.__table__)  # type: ignore[attr-defined]  # sqlmodel declares no __table__
        .where(mine, voidable() if answered_too else pending)
        .values(
            state=case((pending, State.CANCELLED), else_=col(Outbox.state)),
            replied_at=bindparam("b_now"),
        )
    )


def _void_one(_db: Session) -> Any:
    """A void of one row by its dedupe_key (`_void_row`, written on its own)."""
    return _settled(col(Outbox.dedupe_key) == bindparam("b_dedupe_key"), answered_too=True)


def cancel_all(*, db: Session, session_id: int, member_id: int, now: datetime) -> int:
    """Cancel every reprompt held for the member in the session."""
    result = db.execute(
        update(Outbox)
        .where(
            col(Outbox.session_id) == session_id,
            col(Outbox.member_id) == member_id,
            col(Outbox.state) == State.PENDING,
            col(Outbox.kind).in_(REPROMPT_KINDS),
        )
        .values(state=State.CANCELLED, replied_at=now)
        .execution_options(synchronize_session=False)
    )
    # sqlmodel types Session.execute as returning Result; it is a CursorResult (rowcount)
    return result.rowcount or 0  # type: ignore[attr-defined]


def pending(*, db: Session, session_id: int, member_id: int) -> list[Outbox]:
    return list(
        db.exec(
            select(Outbox)
            .where(
                Outbox.session_id == session_id,
                Outbox.member_id == member_id,
                Outbox.state == State.PENDING,
                col(Outbox.kind).in_(REPROMPT_KINDS),
            )
            .order_by(col(Outbox.not_before))
        ).all()
    )


def sent_since(*, db: Session, member_id: int, since: datetime) -> list[datetime]:
    """When reprompts (and what became of proposals, and the questions about them) went to
    the member (any session) since `since`: the daily cap."""
    rows = (
        db.execute(
            select(Outbox.sent_at).where(
                Outbox.member_id == member_id,
                Outbox.state == State.SENT,
                col(Outbox.sent_at) > since,
                col(Outbox.kind).in_(CAPPED_KINDS),
            )
        )
        .tuples()
        .all()
    )
    return [r for (r,) in rows]


def reminders_received(
    *, db: Session, session_id: int, member_ids: Sequence[int]
) -> dict[int, tuple[int, datetime]]:
    """How many reminders each of these members was sent in the session (the flow's, the
    organisers' nudges, polls'), and when the last went; those with none are left out."""
    rows = db.execute(
        sa_select(col(Outbox.member_id), func.count(), func.max(col(Outbox.sent_at)))
        .where(
            col(Outbox.session_id) == session_id,
            col(Outbox.member_id).in_(member_ids),
            col(Outbox.kind) == Kind.REMINDER,
            col(Outbox.state) == State.SENT,
        )
        .group_by(col(Outbox.member_id))
    ).tuples()
    return {member_id: (n, last) for member_id, n, last in rows if member_id is not None}


def side_out(t: Any = Outbox) -> Any:
    """Is this row of the queue (`t`: the table or an alias of it) a follow-up or
    elaboration request sent and not answered?"""
    return (
        (col(t.state) == State.SENT) & one_of(col(t.kind), SIDE_KINDS) & col(t.replied_at).is_(None)
    )


def asks_question(t: Any = Outbox) -> Any:
    """Is this row of the queue (`t`: the table or an alias of it) a sent message asking
    the flow's question (its row says so: `meta`)?"""
    return (col(t.state) == State.SENT) & t.meta["question"].as_boolean()


def open_side_question(
    *, db: Session, session_id: int, member_id: int, message_id: int | None = None
) -> Outbox | None:
    """The follow-up or elaboration request sent to the member and not answered: the one
    in message `message_id` if given, else the latest shown, unless the flow's question
    was shown after it (the member's next text answers that). A question's row says it is
    one (`meta`). Not read when the turn's first read found none out (`storage.places`)."""
    if memo.known(db, ("no_side", member_id)):
        return None
    mine = select(Outbox).where(
        Outbox.session_id == session_id, Outbox.member_id == member_id, side_out()
    )
    if message_id is not None:
        mine = mine.where(Outbox.message_id == message_id)
    else:  # no question of the flow shown after it
        asked = aliased(Outbox)
        mine = mine.where(
            ~select(asked.id)
            .where(
                asked.session_id == session_id,
                asked.member_id == member_id,
                asked.chat_id == Outbox.chat_id,
                col(asked.message_id) > Outbox.message_id,
                asks_question(asked),
            )
            .exists()
        )
    return db.exec(mine.order_by(col(Outbox.sent_at).desc(), col(Outbox.id).desc())).first()


def other_side_question_out(*, db: Session, row_id: int, session_id: int, member_id: int) -> bool:
    """Another follow-up or elaboration request is out and unanswered: sent (or going
    out) and not answered. Of two going out together, the earlier queued one goes."""
    going = col(Outbox.state).in_((State.CLAIMED, State.SENDING)) & (col(Outbox.id) < row_id)
    sent = (col(Outbox.state) == State.SENT) & col(Outbox.replied_at).is_(None)
    found = db.execute(
        select(Outbox.id)
        .where(
            Outbox.session_id == session_id,
            Outbox.member_id == member_id,
            col(Outbox.kind).in_(SIDE_KINDS),
            col(Outbox.id) != row_id,
            or_(going, sent),
        )
        .limit(1)
    ).first()
    return found is not None


def mark_replied(*, db: Session, row_id: int, now: datetime) -> None:
    db.execute(update(Outbox).where(col(Outbox.id) == row_id).values(replied_at=now))


FREE_TEXT = ("text", "proposal", "feedback", "followup", "elaboration")


def engagement_facts(
    *, db: Session, session_id: int, member_id: int
) -> tuple[list[float | None], bool, list[tuple[str, str, int, bool]]]:
    """What the loop weighs after a member's words, in one statement: the polarity of each
    of their current free-text answers in the session (None: a language the analyser does
    not read); whether they proposed something there; and (kind, step, attempt, ignored)
    of every reprompt ever queued for them there (ignored: sent and not answered)."""

    def blank(type_: Any) -> Any:
        return cast(null(), type_)

    held = sa_select(
        literal("h").label("tag"), blank(Float()).label("polarity"), col(Outbox.kind),
        col(Outbox.step_id), col(Outbox.attempt), col(Outbox.state), col(Outbox.replied_at),
    ).where(
        col(Outbox.session_id) == session_id,
        col(Outbox.member_id) == member_id,
        col(Outbox.kind).in_(REPROMPT_KINDS),
    )  # fmt: skip
    words = sa_select(
        literal("a"), col(Answer.polarity), blank(String()), blank(String()), blank(Integer()),
        blank(String()), blank(Outbox.__table__.c.replied_at.type),  # type: ignore[attr-defined]
    ).where(
        col(Answer.session_id) == session_id,
        col(Answer.member_id) == member_id,
        col(Answer.superseded).is_(False),
        col(Answer.kind).in_(FREE_TEXT),
        col(Answer.text).is_not(None),
    )  # fmt: skip
    proposed = sa_select(
        literal("p"), blank(Float()), blank(String()), blank(String()), blank(Integer()),
        blank(String()), blank(Outbox.__table__.c.replied_at.type),  # type: ignore[attr-defined]
    ).where(
        exists().where(col(Proposal.session_id) == session_id, col(Proposal.member_id) == member_id)
    )  # fmt: skip
    rows = db.execute(union_all(held, words, proposed)).tuples().all()
    return (
        [polarity for tag, polarity, *_ in rows if tag == "a"],
        any(tag == "p" for tag, *_ in rows),
        [
            (k, s or "", int(a), state == State.SENT and replied is None)
            for tag, _, k, s, a, state, replied in rows
            if tag == "h"
        ],
    )


def stats(
    *, db: Session, session_ids: Sequence[int], within: timedelta
) -> dict[int, tuple[int, int]]:
    """Per session: reprompts sent, and how many of them were answered within `within`."""
    if not session_ids:
        return {}
    rows = (
        db.execute(
            select(Outbox.session_id, Outbox.sent_at, Outbox.replied_at).where(
                col(Outbox.session_id).in_(session_ids),
                Outbox.state == State.SENT,
                col(Outbox.kind).in_(REPROMPT_KINDS),
            )
        )
        .tuples()
        .all()
    )
    counts: dict[int, tuple[int, int]] = {}
    for session_id, sent_at, replied_at in rows:
        sent, answered = counts.get(session_id, (0, 0))
        quick = replied_at is not None and sent_at is not None and replied_at - sent_at <= within
        counts[session_id] = (sent + 1, answered + quick)
    return counts


def poll_answered(*, db: Session, member_id: int, poll_id: int, now: datetime) -> None:
    """The member voted: their reminders about the poll are answered (or void if held). One
    prepared statement (`storage.sql.prepared`): the held ones cancelled, the sent ones
    answered."""
    run(
        db,
        prepared(db, "poll_answered", _poll_answered),
        {"b_member_id": member_id, "b_poll_id": poll_id, "b_now": now},
    )


def _poll_answered(_db: Session) -> Any:
    mine = and_(
        col(Outbox.member_id) == bindparam("b_member_id"),
        col(Outbox.kind) == Kind.REMINDER,
        col(Outbox.ref_id) == bindparam("b_poll_id"),
    )
    return _settled(mine, answered_too=True)
