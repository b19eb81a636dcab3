"""Referrals counted once per Telegram account and session, /forget or not: a one-way key
(`usecases.join` makes it with the server's secret; no member row, no Telegram id) kept
among the bot's own facts (`bot_state`) once a join from a referral link is seen."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col

from storage.models import BotState
from storage.sql import insert

PREFIX = "referral:"


def spend_referral(*, db: Session, key: str, session_id: int, now: datetime) -> bool:
    """Mark the referral under `key` as counted; False if it had been before."""
    stored = PREFIX + key[: 64 - len(PREFIX)]
    added = db.execute(
        insert(db, BotState)
        .values(key=stored, value=session_id, updated_at=now)
        .on_conflict_do_nothing()
        .returning(col(BotState.key))
    )
    return added.first() is not None
