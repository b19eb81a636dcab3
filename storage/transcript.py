"""The transcript of every message, and the record of updates already applied."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import Session

from storage.models import ProcessedUpdate, TranscriptMessage
from storage.sql import insert as upsert


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
    )
    db.add(row)
    return row


def record_outgoing(*, db: Session, sent: Sequence[tuple[Any, int | None]], now: datetime) -> None:
    """The one way a sent message joins the transcript: `sent` pairs a queue row (its chat,
    session, member, step, kind, text and meta) with the Telegram id of the message."""
    rows = [
        {
            "chat_id": row.chat_id,
            "direction": "out",
            "kind": "text" if row.kind == "reply" else row.kind,
            "text": row.text or "",
            "session_id": row.session_id,
            "member_id": row.member_id,
            "step_id": row.step_id,
            "telegram_message_id": message_id,
            "meta": {**(row.meta or {}), **({"outbox_id": row.id} if row.id else {})},
            "created_at": now,
        }
        for row, message_id in sent
    ]
    if rows:
        db.execute(insert(TranscriptMessage), rows)


def is_update_processed(*, db: Session, update_id: int) -> bool:
    return db.get(ProcessedUpdate, update_id) is not None


def claim_update(*, db: Session, update_id: int, now: datetime) -> bool:
    """Mark the update as applied, in the transaction that applies it; False if it was
    applied before. A concurrent delivery of the same update waits on PostgreSQL until the
    first commits (then gets False) or rolls back (then applies it)."""
    claimed = db.execute(
        upsert(db, ProcessedUpdate)
        .values(update_id=update_id, processed_at=now)
        .on_conflict_do_nothing()
        .returning(ProcessedUpdate.update_id)
    )
    return claimed.first() is not None


def prune_processed_updates(*, db: Session, now: datetime, keep: timedelta) -> int:
    result = db.execute(delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < now - keep))
    return result.rowcount or 0
