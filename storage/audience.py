"""The one rule for who may be messaged about a session without having just written to us:
consented to it, not paused, not opted out, has not blocked the bot, and the session is open.
Every sender of polls, results, broadcasts, notices and reprompts goes through it. What
became of a proposal (`models.OUTCOME_KINDS`) is the one thing that reaches members of a
closed session too: the rest of the rule holds for it."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import and_, func, or_, tuple_
from sqlalchemy import select as sa_select  # sqlmodel's select() is typed for at most four columns
from sqlmodel import Session, col, select

from storage.models import (
    Community,
    CoSession,
    DialogStateRow,
    Kind,
    Member,
    Outbox,
    Participation,
    Proposal,
    State,
    Vote,
)


def _reachable(*, open_only: bool = True) -> Any:
    person = and_(
        col(Participation.consented_at).is_not(None),
        col(Member.paused) == False,  # noqa: E712
        col(Member.opted_out) == False,  # noqa: E712
        col(Member.blocked_bot) == False,  # noqa: E712
    )
    return and_(person, col(CoSession.status) == "open") if open_only else person


def may_message(*, member: Member, participation: Participation, cosession: CoSession) -> bool:
    """The rule for rows already loaded (the same as `_reachable`)."""
    return (
        participation.consented_at is not None
        and not member.paused
        and not member.opted_out
        and not member.blocked_bot
        and cosession.status == "open"
    )


def _members(*, open_only: bool = True) -> Any:
    return (
        select(Member)
        .join(Participation, col(Participation.member_id) == col(Member.id))
        .join(CoSession, col(CoSession.id) == col(Participation.session_id))
        .where(_reachable(open_only=open_only))
    )


def _cut(query: Any, among: Any | None, only: Collection[int] | None) -> Any:
    """A query of members cut to a segment (`among`: a condition over the participation
    and the member, `storage.segments`) and to an explicit list of member ids (`only`)."""
    if among is not None:
        query = query.where(among)
    if only is not None:
        query = query.where(col(Member.id).in_(sorted(set(only))))
    return query


def recipients(
    *,
    db: Session,
    session_id: int,
    among: Any | None = None,
    only: Collection[int] | None = None,
) -> list[Member]:
    """Every member of the session who may be messaged now, by id; of a segment (`among`)
    and of `only` these members, when given."""
    query = _members().where(Participation.session_id == session_id).order_by(col(Member.id))
    return list(db.exec(_cut(query, among, only)).all())


def paused(
    *,
    db: Session,
    session_id: int,
    among: Any | None = None,
    only: Collection[int] | None = None,
) -> list[Member]:
    """Members of the open session who would be messaged but for /pause: what is queued
    for them is skipped when it falls due, and sent again when they resume (of a segment,
    and of `only` these members, when given)."""
    query = (
        select(Member)
        .join(Participation, col(Participation.member_id) == col(Member.id))
        .join(CoSession, col(CoSession.id) == col(Participation.session_id))
        .where(
            Participation.session_id == session_id,
            col(Participation.consented_at).is_not(None),
            col(Member.paused) == True,  # noqa: E712
            col(Member.opted_out) == False,  # noqa: E712
            col(Member.blocked_bot) == False,  # noqa: E712
            col(CoSession.status) == "open",
        )
        .order_by(col(Member.id))
    )
    return list(db.exec(_cut(query, among, only)).all())


def why_unreachable(*, db: Session, session_id: int) -> dict[str, int]:
    """How many joined the session, agreed to take part, and of those paused, opted out or
    blocked the bot: why a message to its members reaches fewer than joined."""
    agreed = col(Participation.consented_at).is_not(None)
    row = (
        db.execute(
            sa_select(
                func.count(),
                func.count(col(Participation.consented_at)),
                func.count().filter(agreed & (col(Member.paused) == True)),  # noqa: E712
                func.count().filter(agreed & (col(Member.opted_out) == True)),  # noqa: E712
                func.count().filter(agreed & (col(Member.blocked_bot) == True)),  # noqa: E712
            )
            .select_from(Participation)
            .join(Member, col(Member.id) == col(Participation.member_id))
            .where(col(Participation.session_id) == session_id)
        )
        .tuples()
        .one()
    )
    return dict(
        zip(("joined", "agreed", "paused", "opted_out", "blocked"), map(int, row), strict=True)
    )


def reachable_members(
    *, db: Session, pairs: Iterable[tuple[int, int]], open_only: bool = True
) -> set[tuple[int, int]]:
    """Which (session id, member id) pairs may be messaged now (`open_only` False: about
    a session that may have closed, i.e. what became of a proposal)."""
    wanted = sorted(set(pairs))
    if not wanted:
        return set()
    query = (
        _members(open_only=open_only)
        .where(tuple_(Participation.session_id, Participation.member_id).in_(wanted))
        .with_only_columns(Participation.session_id, Participation.member_id)
    )
    return {(int(s), int(m)) for s, m in db.execute(query).tuples().all()}


def reachable_groups(*, db: Session, pairs: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which (session id, group chat id) pairs may be messaged now: the group is still linked
    to the session's community and the session is open."""
    wanted = sorted(set(pairs))
    if not wanted:
        return set()
    rows = (
        db.execute(
            select(CoSession.id, Community.group_chat_id)
            .join(Community, col(Community.id) == col(CoSession.community_id))
            .where(
                CoSession.status == "open",
                tuple_(CoSession.id, Community.group_chat_id).in_(wanted),
            )
        )
        .tuples()
        .all()
    )
    return {(int(s), int(g)) for s, g in rows}


def unfinished(
    *,
    db: Session,
    session_id: int,
    among: Any | None = None,
    only: Collection[int] | None = None,
) -> list[tuple[Member, str]]:
    """Members who may be messaged and have not finished the flow, with the step waiting
    for them (of a segment, and of `only` these members, when given)."""
    query = _cut(_members(), among, only)
    rows = (
        db.execute(
            query.join(
                DialogStateRow,
                (DialogStateRow.session_id == Participation.session_id)
                & (DialogStateRow.member_id == Member.id),
            )
            .where(
                Participation.session_id == session_id,
                col(Participation.completed_at).is_(None),
                col(DialogStateRow.step_id).is_not(None),
            )
            .add_columns(DialogStateRow.step_id)
            .order_by(col(Member.id))
        )
        .tuples()
        .all()
    )
    return [(member, str(step)) for member, step in rows]


def poll_receivers(
    *, db: Session, poll_id: int, session_id: int, among: Any | None = None
) -> list[Member]:
    """Members who may be messaged and were sent the poll (of a segment, when given)."""
    sent = select(Outbox.member_id).where(
        Outbox.kind == Kind.POLL, Outbox.ref_id == poll_id, Outbox.state == State.SENT
    )
    query = _members().where(
        Participation.session_id == session_id, col(Member.id).in_(sent.scalar_subquery())
    )
    return list(db.exec(_cut(query, among, None).order_by(col(Member.id))).all())


def concerned(*, db: Session, proposal: Proposal) -> tuple[list[tuple[Member, bool]], int]:
    """Who proposed or voted on the proposal and may be told what became of it, whether
    its session is open or closed: (member, whether they proposed it), by member id; and
    how many more proposed or voted but cannot be messaged (paused, left, blocked the bot,
    forgotten)."""
    voters = select(Vote.member_id).where(Vote.proposal_id == proposal.id)
    involved = or_(col(Member.id) == proposal.member_id, col(Member.id).in_(voters))
    everyone = (
        select(Member)
        .join(Participation, col(Participation.member_id) == col(Member.id))
        .join(CoSession, col(CoSession.id) == col(Participation.session_id))
        .where(Participation.session_id == proposal.session_id, involved)
    )
    total = len(db.exec(everyone).all())
    told = db.exec(everyone.where(_reachable(open_only=False)).order_by(col(Member.id))).all()
    return [(m, m.id == proposal.member_id) for m in told], total - len(told)
