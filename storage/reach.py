"""A session read for its trust funnel, cascades and champions (`reports.funnel`,
`reports.cascades`, `reports.champions`; decision 0034): a record per participation, in
one query that lets the database aggregate (answers, proposals and votes counted, the
first proposal or vote), and three small
ones (who opened a link and did not join, where members stopped in the flow, the seeds).
Times come as seconds since the epoch (`storage.sql.epoch`), and the records as columns
(`Records`: numpy arrays, sources and tags as codes): 100,000 members read in under half a
second on SQLite and PostgreSQL (bench/reach.py).

A member is *activated* once they consented and answered at least one question
(`Participation.activated_at`): only then does their join count for whoever invited them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, NamedTuple, overload

import numpy as np
from sqlalchemy import and_, case, exists, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from storage.models import (
    Answer,
    DialogStateRow,
    LinkOpen,
    Participation,
    Poll,
    Proposal,
    Seed,
    Vote,
)
from storage.sql import epoch, fetch_all, fetch_chunks, large_read

# joined through a member (an invitation, a shared proposal, a champion's seed), not
# through the organisers (their link, a linked group): storage.models.JOIN_SOURCES
THROUGH_MEMBERS = frozenset({"invite", "proposal", "seed"})


class Joined(NamedTuple):
    """One member's participation in the session; times in seconds since the epoch (UTC),
    None for what did not happen."""

    member: int
    inviter: int | None  # the member whose link they joined through
    source: str  # storage.models.JOIN_SOURCES
    tag: str | None  # the organisers' tag of the link ("flyer")
    seed: int | None  # the seed whose link they joined through
    joined: float  # opened their link and joined: both in one step (a link opens at /start)
    consented: float | None
    answered: float | None  # first answered a question (after consenting: when activated)
    finished: float | None  # answered the whole flow
    contributed: float | None  # first proposal or vote
    activated: float | None  # consented and answered at least one question
    participation: int = 0  # what they did: answers given (a changed one twice), proposals, votes

    @property
    def through_member(self) -> bool:
        return self.inviter is not None or self.source in THROUGH_MEMBERS


# how `Records` keeps each field of `Joined`: text as `Texts`; numbers as a numpy array,
# times as float seconds (NaN: did not happen), ids as int64 (-1: none)
TIMES = frozenset({"joined", "consented", "answered", "finished", "contributed", "activated"})
TEXT = frozenset({"source", "tag"})
MAYBE_IDS = frozenset({"inviter", "seed"})


@dataclass(frozen=True)
class Texts:
    """A text column as codes into its distinct values (None among them), in the order first
    met: a source or tag is then a number, and read as text only when asked."""

    codes: np.ndarray  # int64, an index into `values`
    values: list[str | None]

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, at: int) -> str | None:
        return self.values[self.codes[at]]

    def tolist(self) -> list[str | None]:
        return list(map(self.values.__getitem__, self.codes.tolist()))


class Records(Sequence[Joined]):
    """The records of `joined` as columns (`TIMES`, `TEXT`, `MAYBE_IDS`: how each is kept),
    a `Joined` made only when one is read. 100,000 members are then a few arrays, not
    100,000 objects the garbage collector walks again and again (named tuples are never
    untracked) nor a million numbers scattered in memory, and `reports.reach.Columns` takes
    the arrays as they are."""

    __slots__ = ("columns",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, columns: Sequence[np.ndarray | Texts]) -> None:
        self.columns = tuple(columns)  # a field of Joined each, in order

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    @overload
    def __getitem__(self, at: int) -> Joined: ...

    @overload
    def __getitem__(self, at: slice) -> list[Joined]: ...

    def __getitem__(self, at: int | slice) -> Joined | list[Joined]:
        if isinstance(at, slice):
            return [self[i] for i in range(len(self))[at]]
        return Joined._make(
            [_value(name, c[at]) for name, c in zip(Joined._fields, self.columns, strict=True)]
        )

    def __iter__(self) -> Iterator[Joined]:
        return map(Joined._make, zip(*self.lists(), strict=True))

    def lists(self) -> list[list[Any]]:
        """Every column as a list of plain values (None for what did not happen)."""
        found: list[list[Any]] = []
        for name, column in zip(Joined._fields, self.columns, strict=True):
            values: list[Any] = column.tolist()
            if name in TIMES:
                values = [None if v != v else v for v in values]  # NaN
            elif name in MAYBE_IDS:
                values = [None if v < 0 else v for v in values]
            found.append(values)
        return found

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=False))

    def __repr__(self) -> str:
        return f"Records({list(self)!r})"


def _value(name: str, v: Any) -> Any:
    """A column's value as `Joined` has it."""
    if name in TEXT:
        return v
    if name in TIMES:
        return None if v != v else float(v)
    return None if name in MAYBE_IDS and v < 0 else int(v)


class Opened(NamedTuple):
    """Someone who opened a link of the session and has not joined: where the first link
    they opened came from."""

    source: str
    tag: str | None
    inviter: int | None
    seed: int | None
    at: float


class StepCount(NamedTuple):
    """A step of the flow: members who answered it, and those at it now who have not
    finished (`waiting`; `waiting_answered` of them had answered it, then went back)."""

    step: str
    answered: int
    waiting: int
    waiting_answered: int = 0


@dataclass(frozen=True)
class SeedInfo:
    """A proposal or poll seeded through a champion (`/seed`)."""

    id: int
    kind: str  # proposal, poll
    number: int | str  # the item's number in its session ("?" if it is gone)
    champion: int  # member id


def joined(*, db: Session, session_id: int) -> Records:
    """A record per participation of the session, in the order they joined, as columns.
    (When they opened a link is not read: a link opens and joins in one step, `/start`.)"""
    p, sid = Participation, session_id
    answers = (  # how many: read from the index alone (session, member)
        sa_select(col(Answer.member_id).label("m"), func.count().label("n"))
        .where(col(Answer.session_id) == sid)
        .group_by(col(Answer.member_id))
        .subquery()
    )
    proposals = _firsts(
        sa_select(col(Proposal.member_id).label("m"), func.min(Proposal.created_at).label("at"))
        .add_columns(func.count().label("n"))
        .where(col(Proposal.session_id) == sid, col(Proposal.member_id).is_not(None))
    )
    votes = _firsts(
        sa_select(col(Vote.member_id).label("m"), func.min(Vote.created_at).label("at"))
        .add_columns(func.count().label("n"))
        .join(Proposal, col(Proposal.id) == col(Vote.proposal_id))
        .where(col(Proposal.session_id) == sid)
    )
    first_proposal, first_vote = proposals.c.at, votes.c.at
    contributed = epoch(  # the earlier, then made seconds once (SQLite's text sorts as time)
        db,
        case(
            (first_proposal.is_(None), first_vote),
            (first_vote.is_(None), first_proposal),
            (first_proposal < first_vote, first_proposal),
            else_=first_vote,
        ),
    )
    statement = (
        sa_select(
            col(p.member_id),
            func.coalesce(col(p.referred_by_id), -1),
            col(p.source),
            col(p.source_tag),
            func.coalesce(col(p.seed_id), -1),
            epoch(db, p.joined_at),
            epoch(db, p.consented_at),
            epoch(db, p.activated_at),  # the first answer (0014 filled it in for earlier ones)
            epoch(db, p.completed_at),
            contributed,
            func.coalesce(answers.c.n, 0)
            + func.coalesce(proposals.c.n, 0)
            + func.coalesce(votes.c.n, 0),
        )
        .outerjoin(answers, answers.c.m == col(p.member_id))
        .outerjoin(proposals, proposals.c.m == col(p.member_id))
        .outerjoin(votes, votes.c.m == col(p.member_id))
        .where(col(p.session_id) == sid)
        .order_by(col(p.id))
    )
    large_read(db)
    read = [name for name in Joined._fields if name != "activated"]
    parts: list[list[np.ndarray]] = [[] for _ in read]
    seen: dict[str, dict[str | None, int]] = {name: {} for name in TEXT}  # text: its code
    for rows in fetch_chunks(db, statement):  # each chunk made arrays while in the cache
        for k, name in enumerate(read):
            values = list(map(itemgetter(k), rows))
            if name in TEXT:
                codes = seen[name]
                for value in dict.fromkeys(values):  # a few distinct
                    codes.setdefault(value, len(codes))
                parts[k].append(np.fromiter(map(codes.__getitem__, values), np.int64, len(values)))
            else:
                parts[k].append(np.array(values, dtype=float if name in TIMES else np.int64))
    found: list[Any] = []
    for name, chunks in zip(read, parts, strict=True):
        column = (
            np.concatenate(chunks)
            if chunks
            else np.zeros(0, dtype=float if name in TIMES else np.int64)
        )
        found.append(Texts(column, list(seen[name])) if name in TEXT else column)
    # activated: when they first answered, the very same times (read once)
    return Records([*found[:10], found[7], found[10]])


def _firsts(statement: Any) -> Any:
    """Per member (`m`): the first time (`at`) and how many (`n`), as a subquery."""
    return statement.group_by(statement.selected_columns.m).subquery()


def openers(*, db: Session, session_id: int) -> list[Opened]:
    """Who opened a link of the session and has not joined: each by the first link they
    opened (an opening with no member known counts as one person)."""
    lo, p = LinkOpen, Participation
    statement = (
        sa_select(
            col(lo.member_id),
            col(lo.source),
            col(lo.source_tag),
            col(lo.referred_by_id),
            col(lo.seed_id),
            epoch(db, lo.opened_at),
        )
        .outerjoin(  # none joined: an opening with no member known never matches
            p, and_(col(p.session_id) == col(lo.session_id), col(p.member_id) == col(lo.member_id))
        )
        .where(col(lo.session_id) == session_id, col(p.id).is_(None))
        .order_by(col(lo.member_id), col(lo.opened_at), col(lo.id))
    )
    large_read(db)
    rows = fetch_all(db, statement)
    found, seen = [], set()
    for member, *first in rows:
        if member is not None:
            if member in seen:
                continue
            seen.add(member)
        found.append(Opened(*first))
    return found


def steps(*, db: Session, session_id: int) -> list[StepCount]:
    """Per step: members who answered it, and those at it now who have not finished."""
    a, d, p = Answer, DialogStateRow, Participation
    large_read(db)
    answered = dict(
        db.execute(
            sa_select(col(a.step_id), func.count())  # a member's current answer to a step
            .where(col(a.session_id) == session_id, col(a.superseded) == False)  # noqa: E712
            .group_by(col(a.step_id))
        )
        .tuples()
        .all()
    )
    answered_it = exists().where(
        col(a.session_id) == col(d.session_id),
        col(a.member_id) == col(d.member_id),
        col(a.step_id) == col(d.step_id),
    )
    waiting = {
        step: (int(n), int(back))
        for step, n, back in db.execute(
            sa_select(col(d.step_id), func.count(), func.count(case((answered_it, 1))))
            .join(
                p,
                and_(col(p.session_id) == col(d.session_id), col(p.member_id) == col(d.member_id)),
            )
            .where(col(d.session_id) == session_id, col(d.step_id).is_not(None))
            .where(col(p.completed_at).is_(None), col(p.declined_at).is_(None))
            .group_by(col(d.step_id))
        ).tuples()
        if step is not None
    }
    return [
        StepCount(step, int(answered.get(step, 0)), *waiting.get(step, (0, 0)))
        for step in sorted({*answered, *waiting})
    ]


def seeds(*, db: Session, session_id: int) -> dict[int, SeedInfo]:
    """The session's seeds, each with its item's number."""
    s = Seed
    rows = db.execute(
        sa_select(
            col(s.id), col(s.kind), col(s.champion_id), col(Proposal.number), col(Poll.number)
        )
        .outerjoin(Proposal, and_(col(s.kind) == "proposal", col(Proposal.id) == col(s.item_id)))
        .outerjoin(Poll, and_(col(s.kind) == "poll", col(Poll.id) == col(s.item_id)))
        .where(col(s.session_id) == session_id)
    ).tuples()
    return {
        int(i): SeedInfo(int(i), kind, proposal if proposal is not None else poll or "?", champion)
        for i, kind, champion, proposal, poll in rows
    }
