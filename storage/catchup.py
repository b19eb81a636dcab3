"""What a member missed: open polls they were never sent (they joined late, or were
paused when it went out), organisers' broadcasts skipped while they could not be
messaged and not sent again since, and proposals made since they voted."""

from __future__ import annotations

from sqlalchemy import and_, exists, func, or_
from sqlalchemy import select as sa_select  # sqlmodel's select() is typed for at most four columns
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from storage import audience, memo
from storage.models import (
    REPROMPT_KINDS,
    Kind,
    Member,
    Outbox,
    Participation,
    Poll,
    Proposal,
    State,
    Vote,
)

AGAIN = ":again"  # the dedupe key of a broadcast sent again ends so
_LIVE = (State.PENDING, State.CLAIMED, State.SENDING, State.SENT)


def missed_polls(*, db: Session, session_id: int, member_id: int) -> list[Poll]:
    """The session's open polls with no copy sent, or on its way, to the member (none
    read when the actor's read found none open: `storage.places`)."""
    if memo.known(db, ("no_open_poll", session_id)):
        return []
    got = exists().where(
        col(Outbox.kind) == Kind.POLL,
        col(Outbox.ref_id) == col(Poll.id),
        col(Outbox.member_id) == member_id,
        col(Outbox.state).in_(_LIVE),
    )
    return list(
        db.exec(
            select(Poll)
            .where(Poll.session_id == session_id, Poll.status == "open", ~got)
            .order_by(col(Poll.id))
        ).all()
    )


def missed_broadcasts(*, db: Session, session_id: int, member_id: int) -> list[Outbox]:
    """The session's broadcasts skipped for the member and not sent again, oldest first."""
    again = aliased(Outbox)
    resent = exists().where(and_(col(again.dedupe_key) == col(Outbox.dedupe_key) + AGAIN))
    return list(
        db.exec(
            select(Outbox)
            .where(
                Outbox.session_id == session_id,
                Outbox.member_id == member_id,
                Outbox.kind == Kind.BROADCAST,
                Outbox.state == State.SKIPPED,
                ~resent,
            )
            .order_by(col(Outbox.id))
        ).all()
    )


def unvoted(*, db: Session, session_id: int, member_ids: list[int]) -> dict[int, int]:
    """How many of the session's visible proposals each member has neither made nor voted
    on (members with none left out)."""
    if not member_ids:
        return {}
    voted = exists().where(
        col(Vote.proposal_id) == col(Proposal.id), col(Vote.member_id) == col(Member.id)
    )
    rows = db.execute(
        sa_select(col(Member.id), func.count(col(Proposal.id)))
        .join(Proposal, col(Proposal.session_id) == session_id)
        .where(
            col(Member.id).in_(member_ids),
            col(Proposal.hidden) == False,  # noqa: E712
            or_(col(Proposal.member_id).is_(None), col(Proposal.member_id) != col(Member.id)),
            ~voted,
        )
        .group_by(col(Member.id))
    ).tuples()
    return {int(m): int(n) for m, n in rows if n}


def finished(*, db: Session, session_id: int) -> list[Member]:
    """Members who finished the questions and may be messaged."""
    return [
        m
        for m in audience.recipients(db=db, session_id=session_id)
        if m.id in _completed(db, session_id)
    ]


def _completed(db: Session, session_id: int) -> set[int]:
    rows = db.exec(
        select(Participation.member_id).where(
            Participation.session_id == session_id,
            col(Participation.completed_at).is_not(None),
        )
    ).all()
    return {int(m) for m in rows}


def waiting_reprompts(*, db: Session, session_id: int, step_id: str) -> list[Outbox]:
    """Reprompts about `step_id` held for the session's members, not sent yet."""
    return list(
        db.exec(
            select(Outbox).where(
                Outbox.session_id == session_id,
                Outbox.step_id == step_id,
                Outbox.state == State.PENDING,
                col(Outbox.kind).in_(REPROMPT_KINDS),
            )
        ).all()
    )
