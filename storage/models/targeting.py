"""Targeted sends with a holdout (0037), and the order organisers pin proposals in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models._base import tg_id, when


class Targeting(SQLModel, table=True):
    """A nudge or broadcast sent to a segment with a share held out: who was held out is in
    `targeting_member`, drawn from `seed` (`dialogs.holdout.held_out`)."""

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    lever: str = Field(max_length=16)  # broadcast, nudge, nudge_votes, nudge_poll
    ref: str = Field(max_length=64)  # the send's own key (a broadcast's, a nudge's tag)
    segment: str = Field(max_length=64)
    percent: int  # the share held out
    seed: str = Field(max_length=64)
    created_by: int = tg_id()
    created_at: datetime = when(nullable=False)


class TargetingMember(SQLModel, table=True):
    """One member of a targeted send's segment: reached, or held out (got nothing)."""

    __tablename__ = "targeting_member"
    __table_args__ = (UniqueConstraint("targeting_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    targeting_id: int = Field(foreign_key="targeting.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    held_out: bool = False


class PinnedProposal(SQLModel, table=True):
    """A proposal the organisers pinned (`/pin`): every member is shown the pinned ones
    first, in `position` order, before the order chosen for them."""

    __tablename__ = "pinned_proposal"
    __table_args__ = (UniqueConstraint("session_id", "proposal_id"),)
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    proposal_id: int = Field(foreign_key="proposal.id")
    position: int
