"""Proposals and votes, feedback, organiser polls and ballots."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models._base import tg_id, when

VOTE_VALUES = ("agree", "disagree", "pass")


class Proposal(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("session_id", "normalized_text"),
        UniqueConstraint("session_id", "number"),
    )
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    number: int  # what people see: #1 is the first proposal of its session
    member_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    text: str = Field(max_length=1000)
    normalized_text: str = Field(max_length=1000)
    language: str | None = Field(default=None, max_length=16)  # its author's, when written
    polarity: float | None = None
    subjectivity: float | None = None
    hidden: bool = False
    hidden_reason: str | None = Field(default=None, max_length=500)
    hidden_by: int | None = tg_id(nullable=True)
    hidden_at: datetime | None = when()
    milestone_notified: int = 0  # the highest agree-count milestone the author was told of
    withdrawn_at: datetime | None = when()  # its author erased their data: no text, tallies kept
    created_at: datetime = when(nullable=False)


class ProposalTranslation(SQLModel, table=True):
    """A proposal in another language, added by the session's team (`/translate`): members
    reading that language see it; votes stay the proposal's."""

    __tablename__ = "proposal_translation"
    __table_args__ = (UniqueConstraint("proposal_id", "language"),)
    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id", index=True)
    language: str = Field(max_length=16)
    text: str = Field(max_length=1000)
    added_by: int = tg_id()
    added_at: datetime = when(nullable=False)


class Vote(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("proposal_id", "member_id"),
        # a member's votes, with their proposal and time: each member's first vote and how
        # many, in a session, from the index alone (`storage.reach`)
        Index("ix_vote_member_proposal", "member_id", "proposal_id", "created_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id", index=True)
    member_id: int = Field(foreign_key="member.id")
    value: str = Field(max_length=8)
    created_at: datetime = when(nullable=False)
    updated_at: datetime = when(nullable=False)


class Feedback(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    member_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    step_id: str | None = Field(default=None, max_length=64)
    text: str
    polarity: float | None = None
    subjectivity: float | None = None
    created_at: datetime = when(nullable=False)


class Poll(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("session_id", "number"),)
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    number: int  # what people see: #1 is the first poll of its session
    question: str = Field(max_length=300)
    multiple: bool = False
    anonymous: bool = False
    status: str = Field(default="open", max_length=16)  # open, closed
    closes_at: datetime | None = when(index=True)
    created_by: int = tg_id()
    created_at: datetime = when(nullable=False)
    closed_at: datetime | None = when()
    results_sent_at: datetime | None = when()
    # Anonymous polls: ballots are keyed with this random key while the poll is open; it
    # is destroyed when the poll closes, so no one can link a ballot to a member after.
    ballot_key: str | None = Field(default=None, max_length=64)
    live_counts: bool = True  # anonymous polls hide counts until they close unless asked


class PollOption(SQLModel, table=True):
    __tablename__ = "poll_option"
    __table_args__ = (UniqueConstraint("poll_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)
    poll_id: int = Field(foreign_key="poll.id", index=True)
    position: int
    text: str = Field(max_length=100)


class Ballot(SQLModel, table=True):
    """One chosen option of one voter. For anonymous polls `member_id` stays empty and
    `voter_key` is a keyed hash that only the bot process can recompute."""

    __table_args__ = (
        UniqueConstraint("poll_id", "voter_key", "option_id"),
        Index("ix_ballot_poll_voter", "poll_id", "voter_key"),
    )
    id: int | None = Field(default=None, primary_key=True)
    poll_id: int = Field(foreign_key="poll.id", index=True)
    option_id: int = Field(foreign_key="poll_option.id")
    voter_key: str = Field(max_length=64)
    member_id: int | None = Field(default=None, foreign_key="member.id")
    created_at: datetime = when(nullable=False)


class Outcome(SQLModel, table=True):
    """What became of a proposal (adopted, declined, in_progress, done), with the organisers'
    words: one row each time it is recorded, so its history stays (in progress, then done);
    the latest row is its outcome now."""

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    proposal_id: int = Field(foreign_key="proposal.id", index=True)
    state: str = Field(max_length=16)
    words: str | None = Field(default=None, max_length=1000)
    by: int = tg_id()  # who recorded it (0: the server's command line)
    told: int = 0  # members it was queued for
    at: datetime = when(nullable=False)


class OutcomeAnswer(SQLModel, table=True):
    """A member's answer to "did this change anything for you?", asked after a proposal was
    done: the button they tapped and, if they typed them next, their words."""

    __tablename__ = "outcome_answer"
    __table_args__ = (UniqueConstraint("proposal_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    proposal_id: int = Field(foreign_key="proposal.id", index=True)
    outcome_id: int = Field(foreign_key="outcome.id")
    member_id: int = Field(foreign_key="member.id", index=True)
    value: str = Field(max_length=16)  # one of dialogs.outcomes.IMPACTS
    words: str | None = Field(default=None, max_length=1000)
    words_until: datetime | None = when()  # their next text is kept as the words until then
    message_id: int | None = tg_id(nullable=True)  # the question they answered
    created_at: datetime = when(nullable=False)
    updated_at: datetime = when(nullable=False)
