"""Segments in SQL: a session's named rules as rows, and the tests a rule is made of as
conditions over `participation` (and the `member` joined to it), combined by
`usecases.segment_sql` into one query. A condition holds its own subqueries; nothing is read
row by row. A test on a column that may be empty is false there, never unknown, so that
`not` turns it true. Answers are read as they stand now (`superseded` ones left out), so a member
who changes an answer changes segment.

An answer's value is JSON: a choice's option id (`"daily"`), a multiple choice's list
(`["dogs", "play"]`), a scale's number (`3`). Both databases give its text the same way,
so a choice is found by its quoted id in that text (ids are a-z, 0-9 and _) and a scale
by its number's text: no JSON functions, which the two spell differently."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Text, and_, cast, false, func, not_, or_, true
from sqlalchemy import select as sa_select
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from storage.models import (
    Answer,
    Member,
    Participation,
    Proposal,
    Segment,
    Vote,
)
from storage.sql import insert

Condition = ColumnElement[bool]
_COMPARE = {
    "=": lambda c, b: c == b,
    "!=": lambda c, b: c != b,
    "<": lambda c, b: c < b,
    "<=": lambda c, b: c <= b,
    ">": lambda c, b: c > b,
    ">=": lambda c, b: c >= b,
}


# -- the rows ---------------------------------------------------------------------------------


def segments_of(*, db: Session, session_id: int) -> list[Segment]:
    """The session's segments, by name."""
    query = select(Segment).where(Segment.session_id == session_id).order_by(col(Segment.name))
    return list(db.exec(query).all())


def get_segment(*, db: Session, session_id: int, name: str) -> Segment | None:
    return db.exec(
        select(Segment).where(Segment.session_id == session_id, Segment.name == name)
    ).first()


def add_segment(
    *,
    db: Session,
    session_id: int,
    name: str,
    rule: str,
    origin: str,
    created_by: int,
    now: datetime,
    replace: bool = False,
) -> bool:
    """Store a segment in one statement; False if the session has one of that name (and
    `replace` is not asked: then its rule is replaced)."""
    values = dict(
        session_id=session_id,
        name=name,
        rule=rule,
        origin=origin,
        created_by=created_by,
        created_at=now,
    )
    statement = insert(db, Segment).values(**values)
    if replace:
        statement = statement.on_conflict_do_update(
            index_elements=["session_id", "name"],
            set_={"rule": rule, "origin": origin, "created_by": created_by, "created_at": now},
        )
    else:
        statement = statement.on_conflict_do_nothing()
    return bool(db.execute(statement.returning(Segment.id)).first())


def remove_segment(*, db: Session, session_id: int, name: str) -> bool:
    found = get_segment(db=db, session_id=session_id, name=name)
    if found is None:
        return False
    db.delete(found)
    db.flush()
    return True


# -- evaluating -------------------------------------------------------------------------------


def member_ids(*, db: Session, session_id: int, condition: Condition) -> list[int]:
    """The session's members (any who joined) meeting `condition`, by id."""
    query = (
        sa_select(col(Participation.member_id))
        .join(Member, col(Member.id) == col(Participation.member_id))
        .where(col(Participation.session_id) == session_id, condition)
        .order_by(col(Participation.member_id))
    )
    found: list[Any] = list(db.execute(query).scalars().all())
    return [int(m) for m in found]


def count(*, db: Session, session_id: int, condition: Condition) -> int:
    query = (
        sa_select(func.count())
        .select_from(Participation)
        .join(Member, col(Member.id) == col(Participation.member_id))
        .where(col(Participation.session_id) == session_id, condition)
    )
    return int(db.execute(query).scalar_one())


def within(*, session_id: int, condition: Condition) -> Any:
    """The member ids meeting `condition`, as a subquery (`member.id IN (...)`) for another
    query of the session to be cut by."""
    return (
        sa_select(col(Participation.member_id))
        .join(Member, col(Member.id) == col(Participation.member_id))
        .where(col(Participation.session_id) == session_id, condition)
        .scalar_subquery()
    )


def languages_of(*, db: Session, session_id: int) -> list[str]:
    """The languages the session's members set, each once (to say which one each reads)."""
    query = (
        sa_select(col(Member.language))
        .join(Participation, col(Participation.member_id) == col(Member.id))
        .where(col(Participation.session_id) == session_id)
        .distinct()
    )
    found: list[Any] = list(db.execute(query).scalars().all())
    return [str(code) for code in found]


def inviters_of(*, db: Session, session_id: int) -> list[int]:
    """Members who brought someone into the session (to know them by pseudonym)."""
    p = Participation
    query = (
        sa_select(col(p.referred_by_id))
        .where(col(p.session_id) == session_id, col(p.referred_by_id).is_not(None))
        .distinct()
    )
    found: list[Any] = list(db.execute(query).scalars().all())
    return [int(m) for m in found]


# -- the tests a rule is made of --------------------------------------------------------------


def _answered(session_id: int, step_id: str, *where: Any) -> Condition:
    a = Answer
    answered = sa_select(col(a.member_id)).where(
        col(a.session_id) == session_id,
        col(a.step_id) == step_id,
        col(a.superseded) == False,  # noqa: E712
        *where,
    )
    return col(Participation.member_id).in_(answered)


def chose(*, session_id: int, step_id: str, options: Sequence[str]) -> Condition:
    """The current answer to a choice step holds one of `options` (a single choice is it;
    a multiple choice contains it)."""
    if not options:
        return false()
    text = cast(col(Answer.value), Text)
    quoted = [text.contains(f'"{option}"', autoescape=True) for option in options]
    return _answered(session_id, step_id, or_(*quoted))


def scored(*, session_id: int, step_id: str, values: Sequence[int]) -> Condition:
    """The current answer to a scale step is one of `values`."""
    if not values:
        return false()
    text = cast(col(Answer.value), Text)
    return _answered(session_id, step_id, text.in_([str(int(v)) for v in values]))


def felt(*, session_id: int, step_id: str, op: str, bound: float) -> Condition:
    """The sentiment of the current typed answer to the step compares with `bound` (an
    answer without one, in a language no analyser reads, never does)."""
    polarity = col(Answer.polarity)
    return _answered(session_id, step_id, polarity.is_not(None), _COMPARE[op](polarity, bound))


def language_in(*, stored: Iterable[str]) -> Condition:
    """The member's own language is one of these stored values (`usecases.segment_sql` says
    which stored values read as the language asked for in the session)."""
    wanted = sorted(set(stored))
    return col(Member.language).in_(wanted) if wanted else false()


def zone_in(*, zones: Sequence[str], default_too: bool) -> Condition:
    """The member's time zone is one of `zones` (`default_too`: members who set none read
    the bot's default zone, which is one of them)."""
    zone = col(Member.timezone)
    if default_too:
        return or_(zone.is_(None), zone.in_(sorted(set(zones))))
    return and_(zone.is_not(None), zone.in_(sorted(set(zones))))


def source_in(*, values: Sequence[str]) -> Condition:
    """The member came this way (`link`, `invite`, ...) or by the organisers' link with
    this tag (`flyer`)."""
    p = Participation
    tagged = and_(col(p.source_tag).is_not(None), col(p.source_tag).in_(values))
    return or_(col(p.source).in_(values), tagged)


def invited_by(*, member_ids: Sequence[int]) -> Condition:
    if not member_ids:
        return false()
    inviter = col(Participation.referred_by_id)
    return and_(inviter.is_not(None), inviter.in_(sorted(set(member_ids))))


def member_in(*, member_ids: Sequence[int]) -> Condition:
    """One of these members (an opinion group, worked out when the rule is used)."""
    return col(Participation.member_id).in_(sorted(set(member_ids))) if member_ids else false()


def stage(*, session_id: int, name: str) -> Condition:
    """The member reached this stage of the funnel: joined, consented, answering (answered
    a question), finished, proposed, voted."""
    p = Participation
    if name == "joined":
        return true()
    if name == "consented":
        return col(p.consented_at).is_not(None)
    if name == "finished":
        return col(p.completed_at).is_not(None)
    if name == "answering":
        started = sa_select(col(Answer.member_id)).where(col(Answer.session_id) == session_id)
        return col(p.member_id).in_(started)
    if name == "proposed":
        proposed = sa_select(col(Proposal.member_id)).where(
            col(Proposal.session_id) == session_id, col(Proposal.member_id).is_not(None)
        )
        return col(p.member_id).in_(proposed)
    if name == "voted":
        voted = (
            sa_select(col(Vote.member_id))
            .join(Proposal, col(Proposal.id) == col(Vote.proposal_id))
            .where(col(Proposal.session_id) == session_id)
        )
        return col(p.member_id).in_(voted)
    raise ValueError(f"no stage {name!r}")


def active_since(*, since: datetime) -> Condition:
    """The member last wrote to (or tapped in) the bot at `since` or later."""
    seen = col(Member.last_seen_at)
    return and_(seen.is_not(None), seen >= since)


def all_of(parts: Sequence[Condition]) -> Condition:
    return and_(*parts)


def any_of(parts: Sequence[Condition]) -> Condition:
    return or_(*parts)


def none_of(part: Condition) -> Condition:
    return not_(part)


def cut(query: Any, column: Any, among: Any | None) -> Any:
    """`query` kept to the rows whose `column` (a member id) is one of `among` (a subquery
    of member ids, `within`); as it is when `among` is None. Every read of a session that
    a segment can cut (`--to`) takes `among` so."""
    return query if among is None else query.where(column.in_(among))
