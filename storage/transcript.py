"""The transcript of every message, and the record of updates already applied.

An update is claimed as applied in the transaction that applies it, so that one delivered
twice (Telegram again after a crash, or to two processes) is applied once. The message it
brought joins the transcript in that transaction: its row carries the update's id, unique,
and is the claim (`claim_by_note`); an update that leaves no such row claims a row of
`processed_update` (`claim_soon`, `claim_update`). Either claim is kept two days, then
forgotten, the highest id forgotten remembered (`prune_processed_updates`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, bindparam, delete, event, exists, func, insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from storage import memo
from storage.models import BotState, Kind, ProcessedUpdate, TranscriptMessage
from storage.sql import insert as upsert
from storage.sql import prepared, run, run_later, run_many
from storage.types import UTCDateTime

log = logging.getLogger(__name__)


def record_message(
    *,
    db: Session,
    chat_id: int,
    direction: str,
    text: str,
    now: datetime,
    kind: str = "text",
    session_id: int | None = None,
    member_id: int | None = None,
    step_id: str | None = None,
    polarity: float | None = None,
    subjectivity: float | None = None,
    telegram_message_id: int | None = None,
    meta: dict[str, Any] | None = None,
    staff: bool = False,
) -> TranscriptMessage:
    row = TranscriptMessage(
        chat_id=chat_id,
        direction=direction,
        text=text,
        kind=kind,
        session_id=session_id,
        member_id=member_id,
        step_id=step_id,
        polarity=polarity,
        subjectivity=subjectivity,
        telegram_message_id=telegram_message_id,
        meta=meta or {},
        created_at=now,
        staff=staff,
    )
    db.add(row)
    return row


def record_outgoing(
    *, db: Session, sent: Sequence[tuple[Any, int | None]], now: datetime, later: bool = False
) -> None:
    """The one way a sent message joins the transcript: `sent` pairs a queue row (its chat,
    session, member, step, kind, text and meta) with the Telegram id of the message. A row
    whose meta says `staff` (`bot.render`: said to a session's team acting as such) is
    marked so, and kept out of exports. `later`: with the transaction's next `note`
    (an update's turn: with the message it received)."""
    rows = [
        {
            "chat_id": row.chat_id,
            "direction": "out",
            "kind": "text" if row.kind == Kind.REPLY else row.kind,
            "text": row.text or "",
            "session_id": row.session_id,
            "member_id": row.member_id,
            "step_id": row.step_id,
            "telegram_message_id": message_id,
            "meta": {**(row.meta or {}), **({"outbox_id": row.id} if row.id else {})},
            "created_at": now,
            "staff": bool((row.meta or {}).get("staff")),
            "update_id": None,
        }
        for row, message_id in sent
    ]
    note(db, [{"polarity": None, "subjectivity": None, **row} for row in rows], later=later)


NOTED = (
    "session_id", "member_id", "chat_id", "direction", "kind", "step_id", "text", "polarity",
    "subjectivity", "telegram_message_id", "meta", "created_at", "staff", "update_id",
)  # fmt: skip


_WAITING = "transcript_waiting"  # db.info: rows noted `later`, written with the next note


def note(db: Session, rows: Sequence[dict[str, Any]], *, later: bool = False) -> None:
    """Messages join the transcript in one statement (`storage.sql.prepared`), each row
    giving every column of `NOTED`. What the session holds unwritten is written first, so
    the transcript keeps the order in which messages were recorded. `later`: the rows wait
    for the transaction's next note (or `note_waiting`), and go in its statement, first."""
    if later:
        db.info.setdefault(_WAITING, []).extend(rows)
        return
    waiting = db.info.pop(_WAITING, None)
    rows = [*waiting, *rows] if waiting else rows
    if not rows:
        return
    if db.new:
        db.flush()
    run_many(db, prepared(db, "note", _note), [{f"b_{k}": r[k] for k in NOTED} for r in rows])


def note_waiting(db: Session) -> None:
    """Write the rows noted `later` and not written yet (before the transaction commits,
    or before a statement that reads or changes the transcript)."""
    note(db, [])


@event.listens_for(OrmSession, "before_commit")
def _waiting_before_commit(db: OrmSession) -> None:
    """What no note took is written before a plain commit. A transaction that commits
    with its last writes (`storage.sql.writes_together`) commits before this runs: there
    its writer calls `note_waiting` first (`bot/turn.py`)."""
    if db.info.get(_WAITING):
        note_waiting(db)  # type: ignore[arg-type]  # any session: sqlmodel's is one


@event.listens_for(OrmSession, "after_rollback")
def _waiting_rolled_back(db: OrmSession) -> None:
    db.info.pop(_WAITING, None)


def _note(_db: Session) -> Any:
    table = TranscriptMessage.__table__  # type: ignore[attr-defined]  # sqlmodel declares none
    return insert(table).values(
        {name: bindparam(f"b_{name}", type_=table.c[name].type) for name in NOTED}
    )


def is_update_processed(*, db: Session, update_id: int) -> bool:
    """Whether the update is claimed as applied (and not forgotten yet)."""
    return bool(db.execute(_applied(update_id)).scalar())


def applied_updates(*, db: Session) -> set[int]:
    """Every update claimed as applied and not forgotten yet, by either claim."""
    noted = col(TranscriptMessage.update_id)
    return {
        *db.execute(select(ProcessedUpdate.update_id)).scalars(),
        *db.execute(select(noted).where(noted.is_not(None))).scalars(),
    }


def _applied(update_id: Any) -> Any:
    """Whether either claim holds the update (`update_id`: a value or a bound parameter)."""
    return select(
        exists().where(col(ProcessedUpdate.update_id) == update_id)
        | exists().where(col(TranscriptMessage.update_id) == update_id)
    )


FORGOTTEN = "forgotten_below"  # bot_state: the highest update id pruned from the record
QUIET_RESET = timedelta(days=6)  # Telegram draws ids afresh after a week with no update
_FORGOTTEN_READ = ("forgotten",)  # memo: the highest id forgotten, read with the actor


def forgotten_below() -> Any:
    """The highest update id forgotten, as a scalar subquery (-1: none yet), for a read
    that runs anyway (`storage.places.actor`), which keeps it with `keep_forgotten`."""
    forgotten = select(BotState.value).where(BotState.key == FORGOTTEN).scalar_subquery()
    return func.coalesce(forgotten, -1)


def claimed_apart() -> Any:
    """Whether the update the actor's read is for (`b_update`) is claimed by a row of
    `processed_update` (an update that left no transcript row, or whose row was deleted),
    for that read, which keeps it with `keep_forgotten`."""
    update_id = bindparam("b_update", type_=BigInteger)
    return exists().where(col(ProcessedUpdate.update_id) == update_id)


def keep_forgotten(db: Session, update_id: int, forgotten: int, apart: bool) -> None:
    memo.keep(db, _FORGOTTEN_READ, (update_id, forgotten, apart))


def claim_by_note(db: Session, update_id: int) -> bool:
    """Whether the update may be claimed by the transcript row of the message it brought
    (the row noted with `update_id`): only when this transaction read, for this update,
    the highest id forgotten and the other claim (`storage.places.actor`), the update is
    above the one and not held by the other. A second delivery of it then fails at that
    row's insert, or at the commit (`claimed_twice`), and nothing of the transaction
    commits. Otherwise the caller claims it with `claim_soon`."""
    read = memo.known(db, _FORGOTTEN_READ)
    if read is None:
        return False
    read_for, forgotten, apart = read
    return read_for == update_id and update_id > forgotten and not apart


def claimed_twice(error: IntegrityError) -> bool:
    """Whether the error is a second claim of an update by a transcript row: the update was
    applied, or is being applied by another transaction."""
    text = str(error.orig)
    constraint = getattr(getattr(error.orig, "diag", None), "constraint_name", None)
    return constraint == _UNIQUE or "transcript.update_id" in text


_UNIQUE = "ux_transcript_update_id"


def claim_update(*, db: Session, update_id: int, now: datetime) -> bool:
    """Mark the update as applied, in the transaction that applies it; False if it was
    applied before, however long ago. A concurrent delivery of the same update waits on
    PostgreSQL until the first commits (then gets False) or rolls back (then applies it).

    Applied ids are kept two days (Telegram redelivers for one); an older one replayed
    (say, a captured webhook request) is at or below the highest id forgotten, and is
    refused in the same single statement. Only after a week without updates, when Telegram
    starts ids afresh, may such an id be new."""
    claim = prepared(db, "claim_update", _claim)
    if run(db, claim, {"update_id": update_id, "now": now}):
        return True
    if is_update_processed(db=db, update_id=update_id):
        return False  # applied, and remembered
    noted = col(TranscriptMessage.update_id).is_not(None)
    last_kept = db.execute(select(func.max(ProcessedUpdate.processed_at))).scalar()
    last_noted = db.execute(select(func.max(TranscriptMessage.created_at)).where(noted)).scalar()
    last = max((at for at in (last_kept, last_noted) if at is not None), default=None)
    if last is not None and now - last < QUIET_RESET:
        log.warning("update %s is older than the updates kept: not applied again", update_id)
        return False
    db.execute(
        upsert(db, ProcessedUpdate)
        .values(update_id=update_id, processed_at=now)
        .on_conflict_do_nothing()
    )
    return True


class Unclaimed(Exception):
    """`claim_soon` did not get the update: applied before, or older than the updates kept,
    or an id Telegram drew afresh; nothing of the transaction may commit. Claim it again
    with `claim_update`, which tells them apart."""


def claim_soon(*, db: Session, update_id: int, now: datetime) -> None:
    """`claim_update` as the turn makes it: on PostgreSQL the claim goes with the turn's
    next statement (`storage.sql.run_later`), not in a round trip of its own, and the turn
    goes on meanwhile; should it not get the update, that statement raises `Unclaimed`
    (raised again before the commit if something caught it), and nothing commits. Each
    update is claimed so once, and once more with `claim_update` only if this failed."""
    run_later(
        db, prepared(db, "claim_update", _claim), {"update_id": update_id, "now": now},
        check=_claimed,
    )  # fmt: skip


def _claimed(rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        raise Unclaimed


def _claim(db: Session) -> Any:
    update_id = bindparam("update_id", type_=BigInteger)
    fresh = select(update_id, bindparam("now", type_=UTCDateTime())).where(
        update_id > forgotten_below(),
        ~exists().where(col(TranscriptMessage.update_id) == update_id),  # claimed by a note
    )
    return (  # on the table: an ORM insert given parameters would be a bulk insert
        upsert(db, ProcessedUpdate.__table__)  # type: ignore[attr-defined]
        .from_select(["update_id", "processed_at"], fresh)
        .on_conflict_do_nothing()
        .returning(col(ProcessedUpdate.update_id))
    )


def keep_claims(db: Session, where: Any) -> None:
    """Before transcript rows `where` picks are deleted: the claims they hold are kept as
    rows of `processed_update` (an update id says nothing of anyone), so that no update
    of theirs is applied again."""
    held = select(TranscriptMessage.update_id, TranscriptMessage.created_at).where(
        where, col(TranscriptMessage.update_id).is_not(None)
    )
    db.execute(
        upsert(db, ProcessedUpdate.__table__)  # type: ignore[attr-defined]
        .from_select(["update_id", "processed_at"], held)
        .on_conflict_do_nothing()
    )


def prune_processed_updates(*, db: Session, now: datetime, keep: timedelta) -> int:
    """Forget applied update ids older than `keep` (either claim), remembering the highest
    forgotten; how many were forgotten."""
    gone: list[int] = list(
        db.execute(
            delete(ProcessedUpdate)
            .where(col(ProcessedUpdate.processed_at) < now - keep)
            .returning(col(ProcessedUpdate.update_id))
        ).scalars()
    )
    noted, old = col(TranscriptMessage.update_id), col(TranscriptMessage.created_at) < now - keep
    # read first: an update's RETURNING gives the values it wrote (here, none)
    highest_noted = db.execute(select(func.max(noted)).where(noted.is_not(None), old)).scalar()
    cleared = 0
    if highest_noted is not None:
        result = db.execute(
            update(TranscriptMessage)
            .where(noted.is_not(None), old)
            .values(update_id=None)
            .execution_options(synchronize_session=False)
        )
        # sqlmodel types Session.execute as returning Result; it is a CursorResult (rowcount)
        cleared = result.rowcount or 0  # type: ignore[attr-defined]
    highest = max([*gone, *([] if highest_noted is None else [highest_noted])], default=None)
    if highest is not None:
        stmt = upsert(db, BotState).values(key=FORGOTTEN, value=highest, updated_at=now)
        db.execute(
            stmt.on_conflict_do_update(
                index_elements=[BotState.key],
                set_={"value": highest, "updated_at": now},
                where=BotState.value < highest,
            )
        )
    return len(gone) + cleared


def last_heard(*, db: Session, member_id: int) -> datetime | None:
    """When the member last sent anything (a message, a command, a tap)."""
    return db.execute(
        select(func.max(TranscriptMessage.created_at)).where(
            TranscriptMessage.member_id == member_id, TranscriptMessage.direction == "in"
        )
    ).scalar_one_or_none()
