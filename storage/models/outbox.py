"""The one queue of outgoing messages, and organisers' guided forms.

Every message the bot sends is a row here first: replies and edits written in the same
transaction as the update that caused them, poll deliveries, results, broadcasts, notices,
and the engagement loop's reprompts (whose text is composed when they fall due).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models._base import json_field, tg_id, when


class Kind(StrEnum):
    """What a queued message is; stored as its value (the column stays a string)."""

    REPLY = "reply"  # to the member's own action, written with it
    EDIT = "edit"  # of the message tapped, or the question shown
    # An edit of a message sent earlier (the copies of a poll that closed): not news, so it
    # goes to whoever got the message, paused or not.
    AMEND = "amend"
    POLL = "poll"
    RESULTS = "results"
    NOTICE = "notice"
    BROADCAST = "broadcast"
    REMINDER = "reminder"  # the reprompts: composed when due, sent at most once
    FOLLOWUP = "followup"
    ELABORATION = "elaboration"
    CHAMPION = "champion"
    # What became of a proposal, told to its proposer and voters; and, after one was done,
    # the question whether it changed anything for them (composed when due, at most once).
    # Both may reach the members of a closed session, within quiet hours and the daily cap.
    OUTCOME = "outcome"
    IMPACT = "impact"
    DOCUMENT = "document"  # files: made off the event loop when due, then sent
    PHOTO = "photo"

    @property
    def background(self) -> bool:
        return self in BACKGROUND_KINDS

    @property
    def edit(self) -> bool:
        return self in EDIT_KINDS

    @property
    def file(self) -> bool:
        return self in FILE_KINDS

    @property
    def reprompt(self) -> bool:
        return self in REPROMPT_KINDS


REPROMPT_KINDS = (Kind.REMINDER, Kind.FOLLOWUP, Kind.ELABORATION, Kind.CHAMPION)
SIDE_KINDS = (Kind.FOLLOWUP, Kind.ELABORATION)  # the reprompts that always quote the member
OUTCOME_KINDS = (Kind.OUTCOME, Kind.IMPACT)  # go to members of a closed session too
BACKGROUND_KINDS = (
    Kind.POLL, Kind.RESULTS, Kind.NOTICE, Kind.BROADCAST, *REPROMPT_KINDS, *OUTCOME_KINDS,
)  # fmt: skip
CAPPED_KINDS = (*REPROMPT_KINDS, *OUTCOME_KINDS)  # count towards the daily cap, and keep it
FILE_KINDS = (Kind.DOCUMENT, Kind.PHOTO)
EDIT_KINDS = (Kind.EDIT, Kind.AMEND)
# What a member's own turn sends itself right after its commit (edits too, when they change
# something): replies, and an elaboration request asked in place of the next question.
TURN_KINDS = (Kind.REPLY, Kind.ELABORATION)
QUEUE_KINDS = tuple(Kind)
# A reprompt (or a question) twice is worse than none (at most once); everything else is owed
# (at least once).
AT_MOST_ONCE_KINDS = (*REPROMPT_KINDS, Kind.IMPACT)


class State(StrEnum):
    """What became of a queued message; stored as its value (the column stays a string)."""

    PENDING = "pending"  # waiting for its time (not_before)
    CLAIMED = "claimed"  # taken by a sender until lease_until
    SENDING = "sending"  # an at-most-once row being sent right now
    SENT = "sent"
    FAILED = "failed"  # refused for good (a bad request, blocked, out of attempts)
    DROPPED = "dropped"  # withdrawn before sending (e.g. a poll that closed)
    CANCELLED = "cancelled"  # a reprompt made void by the member's reply
    SKIPPED = "skipped"  # not sent: the member could not be messaged when it fell due
    EXPIRED = "expired"  # an at-most-once row whose sender died while sending it


OUTBOX_STATES = tuple(State)
IN_FLIGHT = (State.CLAIMED, State.SENDING)  # a sender holds it
PRIORITY_REPLY, PRIORITY_BACKGROUND = 0, 1


class Outbox(SQLModel, table=True):
    """One message to one chat. `dedupe_key` makes queueing the same thing twice harmless."""

    __table_args__ = (
        UniqueConstraint("dedupe_key"),
        Index("ix_outbox_due", "state", "not_before"),
        Index("ix_outbox_member", "session_id", "member_id", "state"),
        Index("ix_outbox_member_sent", "member_id", "state", "sent_at"),  # the daily cap
        Index("ix_outbox_message", "chat_id", "message_id"),  # what a tapped message carries
        Index("ix_outbox_edit", "chat_id", "edit_of"),
    )
    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = tg_id()
    session_id: int | None = Field(default=None, foreign_key="cosession.id")
    member_id: int | None = Field(default=None, foreign_key="member.id")
    kind: str = Field(max_length=16)  # a Kind
    ref_id: int | None = None  # e.g. the poll id, the update id of a reply
    dedupe_key: str = Field(max_length=120)
    step_id: str | None = Field(default=None, max_length=64)
    attempt: int = 1  # a reprompt's number in its series (first reminder, second...)
    text: str | None = None  # None: composed when due (reprompts)
    buttons: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    edit_of: int | None = tg_id(nullable=True)  # Kind.EDIT: the message to change
    meta: dict[str, Any] = json_field(dict)
    priority: int = PRIORITY_BACKGROUND  # 0 for replies to the member's own action
    state: str = Field(default=State.PENDING.value, max_length=16)  # a State
    attempts: int = 0  # sends tried
    not_before: datetime = when(nullable=False)
    lease_until: datetime | None = when()
    claimed_at: datetime | None = when()
    sent_at: datetime | None = when()
    message_id: int | None = tg_id(nullable=True)
    error: str | None = Field(default=None, max_length=300)
    replied_at: datetime | None = when()  # reprompts: when the member answered
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
