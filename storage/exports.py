"""A session read for exports and reports, streamed: rows come from the database in batches
(a server-side cursor on PostgreSQL, `stream_results`; SQLite's cursor steps through the
result), so a session of any size is read in constant memory. Each function yields plain
rows (named tuples) in a stable order."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, func, type_coerce
from sqlalchemy import select as sa_select  # sqlmodel's select() is typed for at most four columns
from sqlmodel import Session, col, select

from storage.models import (
    REPROMPT_KINDS,
    Answer,
    Ballot,
    Feedback,
    Member,
    Outbox,
    Participation,
    Poll,
    Proposal,
    TranscriptMessage,
    Vote,
)
from storage.segments import cut

BATCH = 2000


def stream(db: Session, statement: Any) -> Generator[Any]:
    result = db.execute(statement.execution_options(stream_results=True, yield_per=BATCH))
    try:
        yield from result
    finally:
        result.close()


def count_transcript(*, db: Session, session_id: int, among: Any | None = None) -> int:
    """How many messages `transcript` yields."""
    query = (
        select(func.count())
        .select_from(TranscriptMessage)
        .where(TranscriptMessage.session_id == session_id, TranscriptMessage.staff == False)  # noqa: E712
    )
    return db.exec(cut(query, col(TranscriptMessage.member_id), among)).one()


def transcript(*, db: Session, session_id: int, among: Any | None = None) -> Iterator[Any]:
    """The session's conversation with its members, in and out, in the order it was
    stored (never a team member's command or the bot's answer to it: `staff` rows): id,
    created_at (naive UTC: giving each of a million rows its zone costs seconds), direction,
    member_id, step_id, kind, text, polarity. `among`: only the messages with members of a
    segment (`storage.segments.within`)."""
    t = TranscriptMessage
    at = type_coerce(t.created_at, DateTime()).label("created_at")
    return stream(
        db,
        cut(
            sa_select(
                col(t.id),
                at,
                col(t.direction),
                col(t.member_id),
                col(t.step_id),
                col(t.kind),
                col(t.text),
                col(t.polarity),
            )
            .where(col(t.session_id) == session_id, col(t.staff) == False)  # noqa: E712
            .order_by(col(t.id)),
            col(t.member_id),
            among,
        ),
    )


def members(*, db: Session, session_id: int, among: Any | None = None) -> Iterator[Any]:
    """Who joined the session: member_id, display_name, username, joined_at, consented_at,
    declined_at, completed_at, referred_by_id."""
    p = Participation
    return stream(
        db,
        cut(
            sa_select(
                col(p.member_id),
                col(Member.display_name),
                col(Member.username),
                col(p.joined_at),
                col(p.consented_at),
                col(p.declined_at),
                col(p.completed_at),
                col(p.referred_by_id),
            )
            .join(Member, col(Member.id) == col(p.member_id))
            .where(col(p.session_id) == session_id)
            .order_by(col(p.id)),
            col(p.member_id),
            among,
        ),
    )


def names(*, db: Session, session_id: int) -> dict[int, tuple[str, str | None]]:
    """(display name, username) of everyone an export of the session shows."""
    return {
        i: (name, username)
        for i, (name, username, _) in people(db=db, session_id=session_id).items()
    }


def people(*, db: Session, session_id: int) -> dict[int, tuple[str, str | None, int]]:
    """(display name, username, Telegram id) of everyone an export of the session may show
    or quote: its members, whoever its exported conversation mentions (a group member who
    tapped a poll), and its polls' voters."""
    t = TranscriptMessage
    mentioned = select(t.member_id).where(t.session_id == session_id, t.staff == False)  # noqa: E712
    joined = select(Participation.member_id).where(Participation.session_id == session_id)
    voted = (
        select(Ballot.member_id)
        .join(Poll, col(Poll.id) == col(Ballot.poll_id))
        .where(Poll.session_id == session_id)
    )
    rows = (
        db.execute(
            select(Member.id, Member.display_name, Member.username, Member.telegram_id).where(
                col(Member.id).in_(joined.union(mentioned, voted).scalar_subquery())
            )
        )
        .tuples()
        .all()
    )
    return {int(i): (name, username, int(tid)) for i, name, username, tid in rows}


def answers(*, db: Session, session_id: int, among: Any | None = None) -> Iterator[Any]:
    """Current answers (not superseded), by step: id, step_id, member_id, kind, value, text,
    polarity, created_at, language."""
    a = Answer
    return stream(
        db,
        cut(
            sa_select(
                col(a.id),
                col(a.step_id),
                col(a.member_id),
                col(a.kind),
                col(a.value),
                col(a.text),
                col(a.polarity),
                col(a.created_at),
                col(a.language),
            )
            .where(col(a.session_id) == session_id, col(a.superseded) == False)  # noqa: E712
            .order_by(col(a.step_id), col(a.id)),
            col(a.member_id),
            among,
        ),
    )


@dataclass(frozen=True)
class Tally:
    id: int
    member_id: int | None
    text: str
    created_at: datetime
    hidden: bool
    withdrawn: bool
    agree: int
    disagree: int
    passed: int
    polarity: float | None = None
    number: int = 0  # what people see: #1 is the session's first proposal
    hidden_reason: str | None = None

    @property
    def votes(self) -> int:
        return self.agree + self.disagree + self.passed


def tallies(*, db: Session, session_id: int, among: Any | None = None) -> list[Tally]:
    """Every proposal of the session with its votes (`among`: the votes of a segment's
    members only), by id."""
    counts = cut(
        select(
            Vote.proposal_id,
            func.count().filter(col(Vote.value) == "agree").label("agree"),
            func.count().filter(col(Vote.value) == "disagree").label("disagree"),
            func.count().filter(col(Vote.value) == "pass").label("passed"),
        ).group_by(col(Vote.proposal_id)),
        col(Vote.member_id),
        among,
    ).subquery()
    p = Proposal
    rows = (
        db.execute(
            sa_select(
                col(p.id),
                col(p.member_id),
                col(p.text),
                col(p.created_at),
                col(p.hidden),
                col(p.withdrawn_at),
                col(p.polarity),
                col(p.number),
                col(p.hidden_reason),
            )
            .add_columns(counts.c.agree, counts.c.disagree, counts.c.passed)
            .outerjoin(counts, counts.c.proposal_id == p.id)
            .where(col(p.session_id) == session_id)
            .order_by(col(p.id))
        )
        .tuples()
        .all()
    )
    return [
        Tally(i, m, text, at, hidden, gone is not None, a or 0, d or 0, s or 0, mood, n, why)
        for i, m, text, at, hidden, gone, mood, n, why, a, d, s in rows
    ]


def votes(*, db: Session, session_id: int, among: Any | None = None) -> Iterator[Any]:
    """(member_id, proposal_id, value) of every vote on the session's proposals (of a
    segment's members)."""
    query = (
        select(Vote.member_id, Vote.proposal_id, Vote.value)
        .join(Proposal, col(Proposal.id) == col(Vote.proposal_id))
        .where(Proposal.session_id == session_id)
        .order_by(col(Vote.id))
    )
    return stream(db, cut(query, col(Vote.member_id), among))


def reprompts(*, db: Session, session_id: int, among: Any | None = None) -> Iterator[Any]:
    """The engagement loop's messages: id, kind, member_id, step_id, attempt, state,
    not_before, sent_at, replied_at."""
    o = Outbox
    return stream(
        db,
        cut(
            sa_select(
                col(o.id),
                col(o.kind),
                col(o.member_id),
                col(o.step_id),
                col(o.attempt),
                col(o.state),
                col(o.not_before),
                col(o.sent_at),
                col(o.replied_at),
            )
            .where(col(o.session_id) == session_id, col(o.kind).in_(REPROMPT_KINDS))
            .order_by(col(o.id)),
            col(o.member_id),
            among,
        ),
    )


def feedback(
    *,
    db: Session,
    session_id: int,
    newest_first: bool = False,
    offset: int = 0,
    limit: int = 0,
    among: Any | None = None,
) -> list[Feedback]:
    order = col(Feedback.id).desc() if newest_first else col(Feedback.id)
    query = select(Feedback).where(Feedback.session_id == session_id).order_by(order)
    query = cut(query, col(Feedback.member_id), among)
    if limit:
        query = query.offset(offset).limit(limit)
    return list(db.exec(query).all())


def count_feedback(*, db: Session, session_id: int) -> int:
    return db.exec(
        select(func.count()).select_from(Feedback).where(Feedback.session_id == session_id)
    ).one()


def step_answers(
    *, db: Session, session_id: int, step_id: str, among: Any | None = None
) -> list[Answer]:
    """Current answers to one step (its follow-ups and elaborations too), oldest first (of
    a segment's members)."""
    return list(
        db.exec(
            cut(select(Answer), col(Answer.member_id), among)
            .where(
                Answer.session_id == session_id,
                Answer.superseded == False,  # noqa: E712
                (col(Answer.step_id) == step_id)
                | col(Answer.step_id).startswith(f"{step_id}:", autoescape=True),
            )
            .order_by(col(Answer.id))
        ).all()
    )


def polls(*, db: Session, session_id: int) -> list[Poll]:
    return list(
        db.exec(select(Poll).where(Poll.session_id == session_id).order_by(col(Poll.id))).all()
    )
