"""Co-design sessions, who takes part, where they are in the flow, and what was said."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models._base import json_field, tg_id, when

SESSION_STATUSES = ("draft", "open", "closed")


class CoSessionBase(SQLModel):
    title: str = Field(max_length=200)
    flow_id: str = Field(max_length=64)
    join_code: str = Field(max_length=32, unique=True, index=True)
    status: str = Field(default="draft", max_length=16)


class FlowVersion(SQLModel, table=True):
    """A flow file's text as a session opened with it: the session keeps running (and its
    answers keep their labels) whatever later happens to the file."""

    __tablename__ = "flow_version"
    hash: str = Field(primary_key=True, max_length=64)  # sha256 of the text
    flow_id: str = Field(max_length=64)
    source: str
    created_at: datetime = when(nullable=False)


class OwnFlow(SQLModel, table=True):
    """A flow file an organiser sent the bot: theirs for /newsession --flow (the latest
    text by its id; a session keeps the text it opened with, `FlowVersion`)."""

    __tablename__ = "own_flow"
    __table_args__ = (UniqueConstraint("owner", "flow_id"),)
    id: int | None = Field(default=None, primary_key=True)
    owner: int = tg_id(index=True)
    flow_id: str = Field(max_length=64)
    source: str
    updated_at: datetime = when(nullable=False)


class CoSession(CoSessionBase, table=True):
    """A co-design session (named so to keep it apart from a database session)."""

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    flow_hash: str | None = Field(default=None, foreign_key="flow_version.hash", max_length=64)
    created_by: int = tg_id()
    created_at: datetime = when(nullable=False)
    opened_at: datetime | None = when()
    closed_at: datetime | None = when()
    # keys members' pseudonyms in exports and reports: the same member, the same pseudonym,
    # in every export of this session, and no way back to the member without this value
    pseudonym_salt: str = Field(default_factory=lambda: secrets.token_hex(16), max_length=64)
    # an organiser allowed the session's coordinators to export members' names (--names)
    names_for_coordinators: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    # the last number given to a proposal and to a poll of this session (`storage.numbers`)
    proposals_numbered: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    polls_numbered: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # the languages the session offers, its first the default ("en,es"), chosen among the
    # flow's at /newsession; None: all the flow's
    languages: str | None = Field(default=None, max_length=200)


class Participation(SQLModel, table=True):
    """A member in a session: joined, consented, completed, referred by whom."""

    __table_args__ = (UniqueConstraint("session_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    joined_at: datetime = when(nullable=False)
    consented_at: datetime | None = when()
    declined_at: datetime | None = when()
    completed_at: datetime | None = when()
    referred_by_id: int | None = Field(default=None, foreign_key="member.id")
    # the member's referral code in this session (their invitation link `/start <join
    # code>-<ref code>`): one per session, so it links nothing across sessions
    ref_code: str = Field(max_length=16, unique=True, index=True)
    # how the member came (`JOIN_SOURCES`): the organisers' link (with its `source_tag`,
    # e.g. "flyer"), a member's invitation (`referred_by_id`), a shared proposal card, a
    # champion's seeded link (`seed_id`) or a linked group
    source: str = Field(default="link", max_length=16, sa_column_kwargs={"server_default": "link"})
    source_tag: str | None = Field(default=None, max_length=32)
    seed_id: int | None = Field(default=None, foreign_key="seed.id", index=True)
    # what the link opens right after consent: ("proposal" | "poll", its id)
    landing_kind: str | None = Field(default=None, max_length=16)
    landing_id: int | None = None
    # consented and answered at least one question: only then does a join count for its
    # inviter (and its seed)
    activated_at: datetime | None = when()


JOIN_SOURCES = ("link", "invite", "proposal", "seed", "group")
SEGMENT_ORIGINS = ("flow", "team")


class Segment(SQLModel, table=True):
    """A named rule over a session's members (`dialogs.segments`), kept as written and
    read again, against the current answers, each time it is used: from the flow's
    `segments:` block when the session was made (`origin` "flow"), or added by its team
    (`/segment <code> add`, "team")."""

    __table_args__ = (UniqueConstraint("session_id", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    name: str = Field(max_length=32)
    rule: str = Field(max_length=1000)
    origin: str = Field(default="team", max_length=8)
    created_by: int = tg_id()  # a Telegram user id; 0 for the flow
    created_at: datetime = when(nullable=False)


class Seed(SQLModel, table=True):
    """A proposal or poll an organiser seeded through a champion (`/seed`): the champion's
    own link for it (`code`), and what it brought (participations with this `seed_id`)."""

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    kind: str = Field(max_length=16)  # proposal, poll
    item_id: int
    champion_id: int = Field(foreign_key="member.id", index=True)
    code: str = Field(max_length=16, unique=True, index=True)
    created_by: int = tg_id()
    created_at: datetime = when(nullable=False)


class LinkOpen(SQLModel, table=True):
    """Someone opened one of the session's links (`/start <payload>`), joined or not: the
    first stage of the trust funnel, with where the link came from."""

    __tablename__ = "link_open"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    member_id: int | None = Field(default=None, foreign_key="member.id")
    source: str = Field(max_length=16)
    source_tag: str | None = Field(default=None, max_length=32)
    referred_by_id: int | None = Field(default=None, foreign_key="member.id")
    seed_id: int | None = Field(default=None, foreign_key="seed.id")
    opened_at: datetime = when(nullable=False)


class DialogStateRow(SQLModel, table=True):
    """Where a member is in a session's flow: one row per member and session."""

    __tablename__ = "dialog_state"
    __table_args__ = (UniqueConstraint("session_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    step_id: str | None = Field(default=None, max_length=64)
    state: dict[str, Any] = json_field(dict)
    step_entered_at: datetime | None = when()
    updated_at: datetime = when(nullable=False)
    version: int = 0  # bumped by every save: a save from a stale read is refused


class Answer(SQLModel, table=True):
    """An answer to a flow step; a changed answer (after /back) supersedes the old one."""

    __table_args__ = (
        # a member's answers; with the step, whether they answered the step they are at
        Index("ix_answer_session_member_step", "session_id", "member_id", "step_id"),
        # a step's (current) answers, counted from the index alone
        Index("ix_answer_session_step_current", "session_id", "step_id", "superseded"),
    )
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id")
    member_id: int = Field(foreign_key="member.id")
    step_id: str = Field(max_length=64)
    kind: str = Field(max_length=16)
    value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    text: str | None = None
    language: str | None = Field(default=None, max_length=16)  # the member's, when answered
    polarity: float | None = None
    subjectivity: float | None = None
    superseded: bool = False
    created_at: datetime = when(nullable=False)


class TranscriptMessage(SQLModel, table=True):
    """Every message in and out, with time, session, member, step and sentiment."""

    __tablename__ = "transcript"
    __table_args__ = (
        Index("ix_transcript_session_id", "session_id", "id"),
        Index("ux_transcript_update_id", "update_id", unique=True),
    )
    id: int | None = Field(default=None, primary_key=True)
    session_id: int | None = Field(default=None, foreign_key="cosession.id")
    member_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    chat_id: int = tg_id()
    direction: str = Field(max_length=3)  # "in" or "out"
    kind: str = Field(default="text", max_length=16)  # text, command, button, sticker, ...
    step_id: str | None = Field(default=None, max_length=64)
    text: str = ""
    polarity: float | None = None
    subjectivity: float | None = None
    telegram_message_id: int | None = tg_id(nullable=True)
    meta: dict[str, Any] = json_field(dict)
    created_at: datetime = when(nullable=False)
    # between the bot and a session's organiser or coordinator acting as such (a command
    # of theirs, the bot's reply, a file it made them): kept, but never in an export
    staff: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    # a received message: the Telegram update it came in, its claim as applied (unique:
    # a second delivery cannot commit), cleared once kept as long as applied ids are
    # (`storage.transcript`: the claim, and the highest id forgotten)
    update_id: int | None = Field(default=None, sa_type=BigInteger, nullable=True)


class ProcessedUpdate(SQLModel, table=True):
    """Telegram updates already applied, so one delivered twice is applied once."""

    __tablename__ = "processed_update"
    update_id: int = Field(sa_type=BigInteger, primary_key=True)
    processed_at: datetime = when(nullable=False, index=True)
