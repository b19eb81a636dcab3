"""Targeted sends with a holdout (0037): recording who was reached and who was held out,
and counting who of each responded.

A member responded to a send when they did anything in its session from the send (when it
was queued, the same moment for both groups) until `within` after it: an answer to a
question, a vote on a proposal (cast or changed), a proposal, feedback, a ballot in a poll
that is not anonymous (an anonymous ballot is nobody's), an answer to "did this change
anything for you?", or any message or tap the bot recorded from them in that session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from storage.models import (
    Answer,
    Ballot,
    Feedback,
    OutcomeAnswer,
    Poll,
    Proposal,
    Targeting,
    TargetingMember,
    TranscriptMessage,
    Vote,
)


def record_targeting(
    *,
    db: Session,
    session_id: int,
    lever: str,
    ref: str,
    segment: str,
    percent: int,
    seed: str,
    members: Mapping[int, bool],
    created_by: int,
    now: datetime,
) -> Targeting:
    """A targeted send and its segment's members (`members`: id -> held out)."""
    row = Targeting(
        session_id=session_id,
        lever=lever,
        ref=ref,
        segment=segment,
        percent=percent,
        seed=seed,
        created_by=created_by,
        created_at=now,
    )
    db.add(row)
    db.flush()
    db.add_all(
        TargetingMember(targeting_id=row.id or 0, member_id=m, held_out=held)
        for m, held in sorted(members.items())
    )
    db.flush()
    return row


def targetings(*, db: Session, session_id: int) -> list[Targeting]:
    """The session's targeted sends with a holdout, oldest first."""
    query = select(Targeting).where(Targeting.session_id == session_id)
    return list(db.exec(query.order_by(col(Targeting.created_at), col(Targeting.id))).all())


def held_out_ids(*, db: Session, targeting_id: int) -> set[int]:
    query = select(TargetingMember.member_id).where(
        TargetingMember.targeting_id == targeting_id, col(TargetingMember.held_out)
    )
    return set(db.exec(query).all())


@dataclass(frozen=True)
class Responses:
    reached: int
    reached_responded: int
    held: int
    held_responded: int


def _acted(member: Any, session_id: int, since: datetime, until: datetime) -> Any:
    """Did `member` (a column) do anything in the session after `since`, until `until`?"""

    def inside(column: Any) -> Any:
        return and_(column > since, column <= until)

    in_session_proposals = sa_select(col(Proposal.id)).where(col(Proposal.session_id) == session_id)
    named_polls = sa_select(col(Poll.id)).where(
        col(Poll.session_id) == session_id, ~col(Poll.anonymous)
    )
    return or_(
        exists().where(
            col(Answer.member_id) == member,
            col(Answer.session_id) == session_id,
            inside(col(Answer.created_at)),
        ),
        exists().where(
            col(Vote.member_id) == member,
            col(Vote.proposal_id).in_(in_session_proposals),
            or_(inside(col(Vote.created_at)), inside(col(Vote.updated_at))),
        ),
        exists().where(
            col(Proposal.member_id) == member,
            col(Proposal.session_id) == session_id,
            inside(col(Proposal.created_at)),
        ),
        exists().where(
            col(Feedback.member_id) == member,
            col(Feedback.session_id) == session_id,
            inside(col(Feedback.created_at)),
        ),
        exists().where(
            col(Ballot.member_id) == member,
            col(Ballot.poll_id).in_(named_polls),
            inside(col(Ballot.created_at)),
        ),
        exists().where(
            col(OutcomeAnswer.member_id) == member,
            col(OutcomeAnswer.session_id) == session_id,
            or_(inside(col(OutcomeAnswer.created_at)), inside(col(OutcomeAnswer.updated_at))),
        ),
        exists().where(
            col(TranscriptMessage.member_id) == member,
            col(TranscriptMessage.session_id) == session_id,
            col(TranscriptMessage.direction) == "in",
            inside(col(TranscriptMessage.created_at)),
        ),
    )


def responses(*, db: Session, targeting: Targeting, within: timedelta) -> Responses:
    """How many were reached and held out, and how many of each responded within `within`
    of the send (see the module), in one query."""
    tm = TargetingMember
    since = targeting.created_at
    responded = case(
        (_acted(tm.member_id, targeting.session_id, since, since + within), 1), else_=0
    )
    query = (
        sa_select(col(tm.held_out), func.count(), func.sum(responded))
        .where(col(tm.targeting_id) == targeting.id)
        .group_by(col(tm.held_out))
    )
    counts = {bool(h): (int(n), int(r or 0)) for h, n, r in db.execute(query).tuples()}
    reached, held = counts.get(False, (0, 0)), counts.get(True, (0, 0))
    return Responses(reached[0], reached[1], held[0], held[1])
