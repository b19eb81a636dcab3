"""A session read for its spreadsheets (`/export <code> sheets`), streamed as
`storage.exports` streams the transcript: members with their answers, votes by member,
polls' ballots."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from sqlalchemy import and_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from storage.exports import stream
from storage.models import Answer, Ballot, Member, Participation, Poll, PollOption, Proposal, Vote
from storage.segments import cut


def respondents(*, db: Session, session_id: int, among: Any | None = None) -> Generator[Any]:
    """Every member of the session with their current answers, by member in the order they
    joined: a row per answer (one with no answer for a member who gave none): member_id,
    joined_at, consented_at, declined_at, completed_at, referred_by_id, language, step_id,
    value."""
    p, a = Participation, Answer
    return stream(
        db,
        cut(
            sa_select(
                col(p.member_id),
                col(p.joined_at),
                col(p.consented_at),
                col(p.declined_at),
                col(p.completed_at),
                col(p.referred_by_id),
                col(Member.language),
                col(a.step_id),
                col(a.value),
            )
            .join(Member, col(Member.id) == col(p.member_id))
            .outerjoin(
                a,
                and_(
                    col(a.session_id) == col(p.session_id),
                    col(a.member_id) == col(p.member_id),
                    col(a.superseded) == False,  # noqa: E712
                ),
            )
            .where(col(p.session_id) == session_id)
            .order_by(col(p.id), col(a.id)),
            col(p.member_id),
            among,
        ),
    )


def answered_steps(*, db: Session, session_id: int, among: Any | None = None) -> set[str]:
    """The ids of the steps the session's members answered (a follow-up or an elaboration
    request: `<step>:followup`, `<step>:elaboration`)."""
    query = (
        select(Answer.step_id)
        .where(Answer.session_id == session_id, Answer.superseded == False)  # noqa: E712
        .distinct()
    )
    rows = db.exec(cut(query, col(Answer.member_id), among)).all()
    return set(rows)


def votes_by_member(*, db: Session, session_id: int, among: Any | None = None) -> Generator[Any]:
    """(member_id, proposal_id, value) of every vote on the session's proposals, by member
    (of a segment's members)."""
    query = (
        select(Vote.member_id, Vote.proposal_id, Vote.value)
        .join(Proposal, col(Proposal.id) == col(Vote.proposal_id))
        .where(Proposal.session_id == session_id)
        .order_by(col(Vote.member_id), col(Vote.proposal_id))
    )
    return stream(db, cut(query, col(Vote.member_id), among))


def ballots(*, db: Session, poll: Poll) -> list[tuple[int, int]]:
    """(option position, member id) of each choice in a poll that is not anonymous, by
    option and then in the order cast. Refused for an anonymous poll."""
    if poll.anonymous:
        raise PermissionError("an anonymous poll does not reveal who chose what")
    rows = db.exec(
        select(PollOption.position, Ballot.member_id)
        .join(Ballot, col(Ballot.option_id) == col(PollOption.id))
        .where(Ballot.poll_id == poll.id, col(Ballot.member_id).is_not(None))
        .order_by(col(PollOption.position), col(Ballot.id))
    ).all()
    return [(int(position), int(member)) for position, member in rows if member is not None]
