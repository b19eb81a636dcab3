"""Scheduled messages of the engagement loop, kept as rows so nothing lives only in memory."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models._base import when

REPROMPT_KINDS = ("reminder", "followup", "elaboration", "champion")
REPROMPT_STATES = ("pending", "claimed", "sent", "cancelled", "failed")


class Reprompt(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("session_id", "member_id", "step_id", "kind", "attempt"),
        Index("ix_reprompt_due", "state", "due_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    step_id: str = Field(max_length=64)
    kind: str = Field(max_length=16)
    attempt: int = 1
    due_at: datetime = when(nullable=False)
    state: str = Field(default="pending", max_length=16)
    text: str | None = None
    claimed_at: datetime | None = when()
    sent_at: datetime | None = when()
    replied_at: datetime | None = when()
    created_at: datetime = when(nullable=False)
