"""Messages sent in bulk (polls, results, announcements), drained at Telegram's pace."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models._base import tg_id, when

OUTBOX_STATES = ("pending", "claimed", "sent", "failed", "dropped")


class Outbox(SQLModel, table=True):
    """One message to one chat. `dedupe_key` makes enqueueing the same thing twice harmless."""

    __table_args__ = (
        UniqueConstraint("dedupe_key"),
        Index("ix_outbox_due", "state", "not_before"),
    )
    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = tg_id()
    session_id: int | None = Field(default=None, foreign_key="cosession.id")
    member_id: int | None = Field(default=None, foreign_key="member.id")
    kind: str = Field(max_length=16)  # poll, results, broadcast, notice
    ref_id: int | None = None  # e.g. the poll id
    dedupe_key: str = Field(max_length=120)
    text: str
    buttons: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    state: str = Field(default="pending", max_length=16)
    attempts: int = 0
    not_before: datetime = when(nullable=False)
    claimed_at: datetime | None = when()
    sent_at: datetime | None = when()
    message_id: int | None = tg_id(nullable=True)
    error: str | None = Field(default=None, max_length=300)
    created_at: datetime = when(nullable=False)


class AdminForm(SQLModel, table=True):
    """A guided form in progress (e.g. /poll with no arguments): what it waits for next."""

    __tablename__ = "admin_form"
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = tg_id(unique=True, index=True)
    kind: str = Field(max_length=16)
    step: str = Field(max_length=32)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = when(nullable=False)
