"""Guided forms in progress (one per organiser)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from storage.models import AdminForm


def get_form(*, db: Session, telegram_id: int) -> AdminForm | None:
    return db.exec(select(AdminForm).where(AdminForm.telegram_id == telegram_id)).first()


def save_form(
    *, db: Session, telegram_id: int, kind: str, step: str, data: dict[str, Any], now: datetime
) -> None:
    form = get_form(db=db, telegram_id=telegram_id) or AdminForm(
        telegram_id=telegram_id, kind=kind, step=step, updated_at=now
    )
    form.kind, form.step, form.data, form.updated_at = kind, step, dict(data), now
    db.add(form)


def clear_form(*, db: Session, telegram_id: int) -> None:
    db.execute(delete(AdminForm).where(col(AdminForm.telegram_id) == telegram_id))
