"""The transcript of every message, and the record of updates already applied."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session

from storage.models import ProcessedUpdate, TranscriptMessage


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


def is_update_processed(*, db: Session, update_id: int) -> bool:
    return db.get(ProcessedUpdate, update_id) is not None


def mark_update_processed(*, db: Session, update_id: int, now: datetime) -> None:
    """Part of the handler's own transaction: the update and its effects commit together."""
    db.add(ProcessedUpdate(update_id=update_id, processed_at=now))


def prune_processed_updates(*, db: Session, now: datetime, keep: timedelta) -> int:
    result = db.execute(delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < now - keep))
    return result.rowcount or 0
