"""Everything stored about one member, for /mydata: their row, roles, the sessions they
joined, answers, proposals, votes, feedback, poll choices, where they are in each flow, the
messages to and from them, and what is still waiting to be sent to them. Long lists are
streamed (`storage.exports`'s batches)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy import select as sa_select  # sqlmodel's select() is typed for at most four columns
from sqlmodel import Session, col, select

from storage.exports import stream
from storage.models import (
    Answer,
    Ballot,
    CoSession,
    DialogStateRow,
    Feedback,
    LinkOpen,
    Member,
    Outbox,
    OutcomeAnswer,
    Participation,
    Poll,
    PollOption,
    Proposal,
    RoleGrant,
    State,
    TranscriptMessage,
    Vote,
)


def roles(*, db: Session, telegram_id: int) -> list[RoleGrant]:
    return list(db.exec(select(RoleGrant).where(RoleGrant.telegram_id == telegram_id)).all())


def participations(*, db: Session, member_id: int) -> list[tuple[Participation, CoSession]]:
    rows = db.exec(
        select(Participation, CoSession)
        .join(CoSession, col(CoSession.id) == col(Participation.session_id))
        .where(Participation.member_id == member_id)
        .order_by(col(Participation.id))
    ).all()
    return [(p, s) for p, s in rows]


def rows_of(*, db: Session, table: Any, member_id: int) -> Iterator[Any]:
    """Every row of `table` (answers, proposals, votes, feedback, flow states) of the member."""
    return stream(db, select(table).where(table.member_id == member_id).order_by(col(table.id)))


def ballots(*, db: Session, member_id: int, keys: dict[int, str]) -> list[tuple[Poll, str]]:
    """(poll, option text) of every choice of theirs: in polls that are not anonymous by
    their id, in anonymous ones by their voter key (`keys`: poll id -> key)."""
    mine = [col(Ballot.member_id) == member_id]
    mine += [
        (col(Ballot.poll_id) == poll) & (col(Ballot.voter_key) == key) for poll, key in keys.items()
    ]
    rows = db.exec(
        select(Poll, PollOption.text)
        .join(Ballot, col(Ballot.poll_id) == col(Poll.id))
        .join(PollOption, col(PollOption.id) == col(Ballot.option_id))
        .where(or_(*mine))
        .order_by(col(Ballot.id))
    ).all()
    return [(poll, text) for poll, text in rows]


def anonymous_polls(*, db: Session, member_id: int) -> list[Poll]:
    """Anonymous polls of the sessions the member joined that are open (a closed poll's
    key is destroyed: nobody can find her ballot in it, she neither)."""
    joined = select(Participation.session_id).where(Participation.member_id == member_id)
    rows = db.exec(
        select(Poll).where(
            Poll.anonymous == True,  # noqa: E712
            Poll.status == "open",
            col(Poll.session_id).in_(joined),
        )
    ).all()
    return list(rows)


def messages(*, db: Session, member: Member) -> Iterator[Any]:
    """Messages to and from them (their private chat, and anything about them)."""
    t = TranscriptMessage
    return stream(
        db,
        sa_select(
            col(t.created_at),
            col(t.direction),
            col(t.kind),
            col(t.session_id),
            col(t.step_id),
            col(t.text),
            col(t.polarity),
        )
        .where(or_(col(t.member_id) == member.id, col(t.chat_id) == member.telegram_id))
        .order_by(col(t.id)),
    )


def waiting(*, db: Session, member: Member) -> list[Outbox]:
    """What the bot still means to send them (reminders held, replies not yet sent)."""
    return list(
        db.exec(
            select(Outbox)
            .where(
                or_(col(Outbox.member_id) == member.id, col(Outbox.chat_id) == member.telegram_id),
                col(Outbox.state).in_((State.PENDING, State.CLAIMED)),
            )
            .order_by(col(Outbox.id))
        ).all()
    )


TABLES = {
    "answers": Answer,
    "proposals": Proposal,
    "votes": Vote,
    "feedback": Feedback,
    "flow_states": DialogStateRow,
    "outcome_answers": OutcomeAnswer,  # "did this change anything for you?"
    "link_openings": LinkOpen,  # each time they opened a session's link, and how it read
}


def tallies(*, db: Session, member_id: int) -> dict[int, dict[str, int]]:
    """How many answers, proposals, votes and feedback the member gave, by session id (the
    readable summary of /mydata)."""
    votes = (
        select(Proposal.session_id, func.count())
        .join(Vote, col(Vote.proposal_id) == col(Proposal.id))
        .where(Vote.member_id == member_id)
        .group_by(col(Proposal.session_id))
    )
    queries = {"votes": votes}
    for key, table in (("answers", Answer), ("proposals", Proposal), ("feedback", Feedback)):
        queries[key] = (
            select(table.session_id, func.count())
            .where(table.member_id == member_id)
            .group_by(col(table.session_id))
        )
    counted: dict[int, dict[str, int]] = {}
    for key, query in queries.items():
        for session_id, n in db.exec(query).all():
            counted.setdefault(session_id, {})[key] = n
    return counted
