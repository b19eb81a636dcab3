"""Counts for a session's stats, each one aggregate query (the database counts; nothing is
loaded row by row)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select  # sqlmodel's select() is typed for at most four columns
from sqlmodel import Session, col, select

from storage.models import (
    REPROMPT_KINDS,
    Answer,
    Kind,
    Outbox,
    Participation,
    Proposal,
    State,
    TranscriptMessage,
    Vote,
)
from storage.segments import cut
from storage.sql import time_bucket


@dataclass(frozen=True)
class FunnelCounts:
    joined: int
    consented: int
    declined: int
    started: int  # answered at least one question
    completed: int
    proposed: int
    voted: int


def funnel(*, db: Session, session_id: int, among: Any | None = None) -> FunnelCounts:
    """The trust funnel's counts (`among`: of a segment's members)."""
    p = Participation
    joined, consented, declined, completed = (
        db.execute(
            cut(
                select(
                    func.count(),
                    func.count(col(p.consented_at)),
                    func.count(col(p.declined_at)),
                    func.count(col(p.completed_at)),
                ).where(p.session_id == session_id),
                col(p.member_id),
                among,
            )
        )
        .tuples()
        .one()
    )
    consenting = cut(
        select(p.member_id).where(p.session_id == session_id, col(p.consented_at).is_not(None)),
        col(p.member_id),
        among,
    )
    started = db.exec(
        select(func.count(func.distinct(Answer.member_id))).where(
            Answer.session_id == session_id,
            col(Answer.member_id).in_(consenting.scalar_subquery()),
        )
    ).one()
    proposed = db.exec(
        select(func.count(func.distinct(Proposal.member_id))).where(
            Proposal.session_id == session_id,
            col(Proposal.member_id).in_(consenting.scalar_subquery()),
        )
    ).one()
    voted = db.exec(
        select(func.count(func.distinct(Vote.member_id)))
        .join(Proposal, col(Proposal.id) == col(Vote.proposal_id))
        .where(
            Proposal.session_id == session_id,
            col(Vote.member_id).in_(consenting.scalar_subquery()),
        )
    ).one()
    return FunnelCounts(joined, consented, declined, started, completed, proposed, voted)


def invitations(*, db: Session, session_id: int, among: Any | None = None) -> list[tuple[int, int]]:
    """Who brought others into the session: (the inviting member's id, how many joined
    through their invitation link), most first. A join is counted once per Telegram account
    (`storage.referrals`); everyone else came through the organisers' link."""
    p = Participation
    query = (
        select(p.referred_by_id, func.count())
        .where(p.session_id == session_id, col(p.referred_by_id).is_not(None))
        .group_by(col(p.referred_by_id))
        .order_by(func.count().desc(), col(p.referred_by_id))
    )
    rows = db.exec(cut(query, col(p.member_id), among)).all()
    return [(int(member), int(n)) for member, n in rows if member is not None]


@dataclass(frozen=True)
class ReplyCounts:
    kind: str
    sent: int
    answered: int  # at any time
    answered_within: int  # within the window asked for
    # invitations to bring neighbours: members who joined through any member's link and
    # took part (an invitation is "answered" once someone joined through it and took part)
    brought: int = 0


def reply_counts(
    *, db: Session, session_id: int, within: timedelta, among: Any | None = None
) -> list[ReplyCounts]:
    """Per kind of reprompt: how many were sent and how many the member answered. An
    invitation to bring neighbours (a champion's, a seed's request) is answered by someone
    joining through the member's link and taking part (activated) after it was sent, not by
    a reply."""
    o = Outbox
    query = select(o.kind, o.sent_at, o.replied_at, o.member_id).where(
        o.session_id == session_id, o.state == State.SENT, col(o.kind).in_(REPROMPT_KINDS)
    )
    rows = db.execute(cut(query, col(o.member_id), among)).tuples().all()
    brought = _activated_through(db, session_id)
    counted = {kind: [0, 0, 0] for kind in REPROMPT_KINDS}
    for kind, sent_at, replied_at, member_id in rows:
        if kind == Kind.CHAMPION:
            after = [t for t in brought.get(member_id or 0, []) if sent_at is None or t >= sent_at]
            replied_at = min(after, default=None)
        counts = counted[kind]
        counts[0] += 1
        if replied_at is not None:
            counts[1] += 1
            counts[2] += sent_at is not None and replied_at - sent_at <= within
    total = sum(len(times) for times in brought.values())
    return [
        ReplyCounts(kind, counts[0], counts[1], counts[2], total if kind == Kind.CHAMPION else 0)
        for kind, counts in counted.items()
    ]


def _activated_through(db: Session, session_id: int) -> dict[int, list[datetime]]:
    """Who brought members who took part: inviter -> when each of them became active."""
    p = Participation
    rows = (
        db.execute(
            select(p.referred_by_id, p.activated_at).where(
                p.session_id == session_id,
                col(p.referred_by_id).is_not(None),
                col(p.activated_at).is_not(None),
            )
        )
        .tuples()
        .all()
    )
    found: dict[int, list[datetime]] = {}
    for inviter, at in rows:
        if inviter is not None and at is not None:
            found.setdefault(inviter, []).append(at)
    return found


@dataclass(frozen=True)
class Mood:
    bucket: str  # "2026-05-04" or "2026-05-04 10:00"
    messages: int
    mean: float
    negative: int
    positive: int


def span(
    *, db: Session, session_id: int, among: Any | None = None
) -> tuple[datetime | None, datetime | None]:
    """When the session's first and last member text with a sentiment was written."""
    t = TranscriptMessage
    query = select(func.min(t.created_at), func.max(t.created_at)).where(
        t.session_id == session_id, t.direction == "in", col(t.polarity).is_not(None)
    )
    first, last = db.execute(cut(query, col(t.member_id), among)).tuples().one()
    return first, last


def moods(
    *,
    db: Session,
    session_id: int,
    hourly: bool,
    negative_below: float,
    positive_above: float,
    among: Any | None = None,
) -> list[Mood]:
    """Members' texts with a sentiment, per day (or hour): how many, their mean polarity,
    and how many were negative or positive under the flow's thresholds."""
    t = TranscriptMessage
    bucket = time_bucket(db, t.created_at, hourly=hourly).label("bucket")
    rows = (
        db.execute(
            cut(
                sa_select(
                    bucket,
                    func.count(),
                    func.avg(col(t.polarity)),
                    func.count().filter(col(t.polarity) < negative_below),
                    func.count().filter(col(t.polarity) > positive_above),
                )
                .where(
                    col(t.session_id) == session_id,
                    col(t.direction) == "in",
                    col(t.polarity).is_not(None),
                )
                .group_by(bucket)
                .order_by(bucket),
                col(t.member_id),
                among,
            )
        )
        .tuples()
        .all()
    )
    return [Mood(str(b), int(n), float(m), int(neg), int(pos)) for b, n, m, neg, pos in rows]
