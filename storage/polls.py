"""Queries about organiser polls and ballots.

Anonymous polls never store who chose what: their ballots carry only `voter_key`, a keyed
hash of (poll, member) under the poll's own random key (`poll.ballot_key`), which the bot
recomputes to let a member change a ballot. The key is destroyed when the poll closes: from
then on nobody, holding the database and the bot token or not, can link a ballot to anyone.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, cast

from sqlalchemy import bindparam, delete, func, insert, update
from sqlalchemy import select as sa_select  # sqlmodel's select() is typed for one entity
from sqlmodel import Session, col, select

from storage import memo
from storage.models import Ballot, Member, Poll, PollOption
from storage.numbers import next_number
from storage.sql import built, prepared, run


def voter_key(*, secret: bytes, poll_id: int, member_id: int) -> str:
    return hmac.new(secret, f"{poll_id}:{member_id}".encode(), hashlib.sha256).hexdigest()


def key_of(*, poll: Poll, member_id: int, fallback: bytes) -> str:
    """A member's voter key in the poll: under the poll's own key, or for a poll made
    before polls had one, under `fallback` (the key derived from the bot token)."""
    secret = bytes.fromhex(poll.ballot_key) if poll.ballot_key else fallback
    assert poll.id is not None  # a poll in the database
    return voter_key(secret=secret, poll_id=poll.id, member_id=member_id)


def create_poll(
    *,
    db: Session,
    session_id: int,
    question: str,
    options: tuple[str, ...],
    multiple: bool,
    anonymous: bool,
    closes_at: datetime | None,
    created_by: int,
    now: datetime,
    live_counts: bool = True,
) -> Poll:
    poll = Poll(
        session_id=session_id,
        number=next_number(db=db, session_id=session_id, counter="polls_numbered"),
        question=question,
        multiple=multiple,
        anonymous=anonymous,
        closes_at=closes_at,
        created_by=created_by,
        created_at=now,
        ballot_key=secrets.token_hex(32),
        live_counts=live_counts,
    )
    db.add(poll)
    db.flush()
    memo.forget(db, "no_open_poll", session_id)  # read with the actor: one is open now
    assert poll.id is not None  # flushed: has its id
    for position, text in enumerate(options, start=1):
        db.add(PollOption(poll_id=poll.id, position=position, text=text))
    db.flush()
    return poll


def get_poll(*, db: Session, poll_id: int) -> Poll | None:
    return db.get(Poll, poll_id)


def by_number(*, db: Session, session_id: int, number: int) -> Poll | None:
    return db.exec(select(Poll).where(Poll.session_id == session_id, Poll.number == number)).first()


def poll_and_options(*, db: Session, poll_id: int) -> tuple[Poll, list[PollOption]] | None:
    """The poll and its options in order, in one read (a tap on a ballot needs both)."""
    rows = db.execute(built(db, "poll_and_options", _poll_and_options), {"b_poll": poll_id}).all()
    if not rows:
        return None
    return cast(Poll, rows[0][0]), [cast(PollOption, option) for _poll, option in rows]


def _poll_and_options(_db: Session) -> Any:
    return (
        sa_select(Poll, PollOption)
        .join(PollOption, col(PollOption.poll_id) == col(Poll.id))
        .where(col(Poll.id) == bindparam("b_poll"))
        .order_by(col(PollOption.position))
    )


def poll_options(*, db: Session, poll_id: int) -> list[PollOption]:
    return list(
        db.exec(
            select(PollOption)
            .where(PollOption.poll_id == poll_id)
            .order_by(col(PollOption.position))
        ).all()
    )


def chosen_positions(*, db: Session, poll_id: int, key: str) -> set[int]:
    rows = db.exec(
        select(PollOption.position)
        .join(Ballot, col(Ballot.option_id) == col(PollOption.id))
        .where(Ballot.poll_id == poll_id, Ballot.voter_key == key)
    ).all()
    return {int(r) for r in rows}


def cast_ballot(
    *,
    db: Session,
    poll: Poll,
    option: PollOption,
    key: str,
    member_id: int,
    now: datetime,
    chosen: set[int] | None = None,
) -> set[int]:
    """Choose (single) or toggle (multiple) an option; returns the voter's positions now.
    `chosen`: their positions before, if the caller read them already (`chosen_positions`);
    what they are after follows from them, without reading again."""
    assert poll.id is not None and option.id is not None  # rows in the database
    before = chosen_positions(db=db, poll_id=poll.id, key=key) if chosen is None else chosen
    mine = {"b_poll": poll.id, "b_key": key}
    if option.position in before:
        if not poll.multiple:
            return set(before)  # chosen already: nothing changes
        unchoose = prepared(db, "unchoose", partial(_unchoose, "one"), "one")
        run(db, unchoose, mine | {"b_option": option.id})
        return before - {option.position}
    if not poll.multiple and before:
        run(db, prepared(db, "unchoose", partial(_unchoose, "all"), "all"), mine)
    chose = {
        "b_option": option.id,
        "b_at": poll.created_at if poll.anonymous else now,
        "b_member": None if poll.anonymous else member_id,
    }
    run(db, prepared(db, "choose", _choose), mine | chose)
    return before | {option.position} if poll.multiple else {option.position}


# A ballot's writes, prepared (`storage.sql.prepared`): on PostgreSQL they go with the
# turn's next statement (`storage.sql.writes_together`).


def _unchoose(which: str, _db: Session) -> Any:
    c = Ballot.__table__.c  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    mine: tuple[Any, ...] = (c.poll_id == bindparam("b_poll"), c.voter_key == bindparam("b_key"))
    if which == "one":
        mine += (c.option_id == bindparam("b_option"),)
    return delete(Ballot.__table__).where(*mine)  # type: ignore[attr-defined]


def _choose(_db: Session) -> Any:
    table = Ballot.__table__  # type: ignore[attr-defined]  # sqlmodel declares no __table__
    c = table.c
    return insert(table).values(
        poll_id=bindparam("b_poll", type_=c.poll_id.type),
        option_id=bindparam("b_option", type_=c.option_id.type),
        voter_key=bindparam("b_key", type_=c.voter_key.type),
        created_at=bindparam("b_at", type_=c.created_at.type),
        member_id=bindparam("b_member", type_=c.member_id.type),
    )


@dataclass(frozen=True)
class PollResults:
    counts: dict[int, int]  # option position -> ballots
    voters: int


def poll_results(*, db: Session, poll_id: int) -> PollResults:
    rows = db.exec(
        select(PollOption.position, func.count(col(Ballot.id)))
        .join(Ballot, col(Ballot.option_id) == col(PollOption.id))
        .where(PollOption.poll_id == poll_id)
        .group_by(col(PollOption.position))
    ).all()
    voters = db.exec(
        select(func.count(func.distinct(Ballot.voter_key))).where(Ballot.poll_id == poll_id)
    ).one()
    return PollResults({int(p): int(c) for p, c in rows}, int(voters))


def who_chose(*, db: Session, poll: Poll) -> dict[int, list[str]]:
    """Option position -> names of members who chose it. Refused for anonymous polls."""
    if poll.anonymous:
        raise PermissionError("an anonymous poll does not reveal who chose what")
    rows = db.exec(
        select(PollOption.position, Member.display_name)
        .join(Ballot, col(Ballot.option_id) == col(PollOption.id))
        .join(Member, col(Member.id) == col(Ballot.member_id))
        .where(PollOption.poll_id == poll.id, Member.display_name != "")  # "": erased
        .order_by(col(PollOption.position), col(Member.display_name))
    ).all()
    named: dict[int, list[str]] = {}
    for position, name in rows:
        named.setdefault(int(position), []).append(name)
    return named


def close_poll(*, db: Session, poll_id: int, now: datetime) -> bool:
    """Close an open poll and destroy its ballot key; False if it was closed already (by a
    command or another tick)."""
    result = db.execute(
        update(Poll)
        .where(col(Poll.id) == poll_id, col(Poll.status) == "open")
        .values(status="closed", closed_at=now, ballot_key=None)
    )
    # sqlmodel types Session.execute as returning Result; it is a CursorResult (rowcount)
    return (result.rowcount or 0) == 1  # type: ignore[attr-defined]


def open_polls(*, db: Session, session_id: int) -> list[Poll]:
    return list(
        db.exec(
            select(Poll)
            .where(Poll.session_id == session_id, Poll.status == "open")
            .order_by(col(Poll.id))
        ).all()
    )


def due_poll_ids(*, db: Session, now: datetime) -> list[int]:
    rows = db.exec(
        select(Poll.id).where(
            Poll.status == "open", col(Poll.closes_at).is_not(None), col(Poll.closes_at) <= now
        )
    ).all()
    return [int(cast(int, r)) for r in rows]  # a primary key is never NULL


def voter_keys(*, db: Session, poll_id: int) -> set[str]:
    """The keys of everyone who has chosen something in the poll."""
    return {
        k for (k,) in db.execute(select(Ballot.voter_key).where(Ballot.poll_id == poll_id)).tuples()
    }
