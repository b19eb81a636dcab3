"""The outbox: bulk messages waiting to be sent at Telegram's pace."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage.models import Outbox

STALE_CLAIM = timedelta(minutes=5)


def enqueue(
    *,
    db: Session,
    chat_id: int,
    kind: str,
    dedupe_key: str,
    text: str,
    now: datetime,
    member_id: int | None = None,
    ref_id: int | None = None,
    buttons: list[Any] | None = None,
    session_id: int | None = None,
) -> bool:
    """Queue one message; False if the same dedupe_key was queued before."""
    if db.exec(select(Outbox.id).where(Outbox.dedupe_key == dedupe_key)).first() is not None:
        return False
    try:
        with db.begin_nested():
            db.add(
                Outbox(
                    chat_id=chat_id,
                    session_id=session_id,
                    member_id=member_id,
                    kind=kind,
                    ref_id=ref_id,
                    dedupe_key=dedupe_key,
                    text=text,
                    buttons=buttons or [],
                    not_before=now,
                    created_at=now,
                )
            )
    except IntegrityError:
        return False
    return True


def claim_due(*, db: Session, now: datetime, limit: int) -> list[Outbox]:
    """Take up to `limit` due messages; each row is claimed by one atomic update only."""
    db.execute(
        update(Outbox)
        .where(Outbox.state == "claimed", col(Outbox.claimed_at) < now - STALE_CLAIM)
        .values(state="pending")
    )
    candidates = db.exec(
        select(Outbox)
        .where(Outbox.state == "pending", col(Outbox.not_before) <= now)
        .order_by(col(Outbox.id))
        .limit(limit)
    ).all()
    claimed = []
    for row in candidates:
        result = db.execute(
            update(Outbox)
            .where(Outbox.id == row.id, Outbox.state == "pending")
            .values(state="claimed", claimed_at=now, attempts=Outbox.attempts + 1)
        )
        if result.rowcount == 1:
            claimed.append(row)
    return claimed


def mark_sent(*, db: Session, outbox_id: int, message_id: int | None, now: datetime) -> None:
    db.execute(
        update(Outbox)
        .where(Outbox.id == outbox_id)
        .values(state="sent", sent_at=now, message_id=message_id)
    )


def mark_failed(
    *, db: Session, outbox_id: int, error: str, retry_at: datetime | None = None
) -> None:
    values: dict[str, Any] = {"error": error[:300]}
    values |= {"state": "pending", "not_before": retry_at} if retry_at else {"state": "failed"}
    db.execute(update(Outbox).where(Outbox.id == outbox_id).values(**values))


def count_by_state(*, db: Session, kind: str, ref_id: int) -> dict[str, int]:
    rows = db.exec(
        select(Outbox.state, func.count())
        .where(Outbox.kind == kind, Outbox.ref_id == ref_id)
        .group_by(Outbox.state)
    ).all()
    return {state: int(n) for state, n in rows}


def drop_pending(*, db: Session, kind: str, ref_id: int) -> int:
    """Take back what was not sent yet (e.g. copies of a poll that has closed)."""
    result = db.execute(
        update(Outbox)
        .where(Outbox.kind == kind, Outbox.ref_id == ref_id, Outbox.state == "pending")
        .values(state="dropped")
    )
    return result.rowcount or 0


def queued_chats(*, db: Session, kind: str, ref_id: int) -> list[Outbox]:
    """Every chat a message was queued for, except those it could not reach."""
    return list(
        db.exec(
            select(Outbox).where(
                Outbox.kind == kind, Outbox.ref_id == ref_id, Outbox.state != "failed"
            )
        ).all()
    )
