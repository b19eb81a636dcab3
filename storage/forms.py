"""Guided forms in progress (one per organiser)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from storage import memo
from storage.models import AdminForm


def get_form(*, db: Session, telegram_id: int) -> AdminForm | None:
    """The person's form in progress; not read again when the turn's first read found
    none (`storage.places`)."""
    if memo.known(db, ("no_form", telegram_id)):
        return None
    return db.exec(select(AdminForm).where(AdminForm.telegram_id == telegram_id)).first()


def save_form(
    *, db: Session, telegram_id: int, kind: str, step: str, data: dict[str, Any], now: datetime
) -> None:
    form = get_form(db=db, telegram_id=telegram_id) or AdminForm(
        telegram_id=telegram_id, kind=kind, step=step, updated_at=now
    )
    form.kind, form.step, form.data, form.updated_at = kind, step, dict(data), now
    db.add(form)
    memo.forget(db, "no_form", telegram_id)


def clear_form(*, db: Session, telegram_id: int) -> None:
    db.execute(delete(AdminForm).where(col(AdminForm.telegram_id) == telegram_id))
    memo.keep(db, ("no_form", telegram_id), True)
