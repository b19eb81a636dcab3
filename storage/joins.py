"""How members came into a session (decision 0033): every opening of one of its links
(`LinkOpen`), how each join came (the attribution on `Participation`), when a join became
active (consented and answered a question: only then does it count for whoever brought
it), the seeds organisers plant through champions (`Seed`), and what each member and
each seed brought.

The read functions here are what figures build on: `join_records` (one per
participation), `opens_by_source`, `reach_of` (one member), `activated_invitees` (every
member who brought someone) and `seed_counts`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, update
from sqlalchemy import select as sa_select  # sqlmodel's select() is typed for at most four columns
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from storage.codes import SEED_CODE_LENGTH, new_marked_code
from storage.models import LinkOpen, Member, Participation, Seed
from storage.sql import send_now


@dataclass(frozen=True)
class Attribution:
    """How a join came, as stored on its participation (`JOIN_SOURCES`)."""

    source: str = "link"
    source_tag: str | None = None
    referred_by_id: int | None = None
    seed_id: int | None = None
    landing_kind: str | None = None  # "proposal" or "poll": what opens after consent
    landing_id: int | None = None

    @property
    def credits(self) -> bool:
        """Does it credit someone (a member's invitation, a shared card, a seed)?"""
        return self.referred_by_id is not None or self.seed_id is not None

    def uncredited(self) -> Attribution:
        """The same link counted for nobody (an account already counted once): a plain
        join that still lands where the link pointed."""
        return Attribution(landing_kind=self.landing_kind, landing_id=self.landing_id)


def record_link_open(
    *, db: Session, session_id: int, member_id: int | None, came: Attribution, now: datetime
) -> None:
    """Someone opened one of the session's links (joined or not, whatever its status)."""
    db.add(
        LinkOpen(
            session_id=session_id,
            member_id=member_id,
            source=came.source,
            source_tag=came.source_tag,
            referred_by_id=came.referred_by_id,
            seed_id=came.seed_id,
            opened_at=now,
        )
    )


def activate(*, db: Session, participation: Participation, now: datetime) -> None:
    """The member answered their first question: the join is active from now. One
    statement, and only while the loaded row says it is not (the answer path is hot)."""
    if participation.activated_at is not None or participation.consented_at is None:
        return
    db.execute(
        update(Participation)
        .where(col(Participation.id) == participation.id, col(Participation.activated_at).is_(None))
        .values(activated_at=now)
        .execution_options(synchronize_session=False)
    )
    # what the row now says, without marking it changed (no second UPDATE at the flush)
    set_committed_value(participation, "activated_at", now)


# -- what members brought ----------------------------------------------------------------


@dataclass(frozen=True)
class Reach:
    joined: int  # joined the session through the member's links
    activated: int  # of those, consented and answered a question


def reach_of(*, db: Session, session_id: int, member_id: int) -> Reach:
    """How many joined the session through this member's links, and how many of them are
    active; never who."""
    p = Participation
    joined, activated = (
        db.execute(
            sa_select(func.count(), func.count(col(p.activated_at))).where(
                col(p.session_id) == session_id, col(p.referred_by_id) == member_id
            )
        )
        .tuples()
        .one()
    )
    return Reach(int(joined), int(activated))


def activated_invitees(*, db: Session, session_id: int) -> list[tuple[int, int]]:
    """(member id, how many active members joined through their links), for every member
    who brought at least one, most first, ties by who joined first."""
    p, inviter = Participation, aliased(Participation, name="inviter")
    rows = (
        db.execute(
            sa_select(col(p.referred_by_id), func.count())
            .join(
                inviter,
                (col(inviter.member_id) == col(p.referred_by_id))
                & (col(inviter.session_id) == col(p.session_id)),
            )
            .where(
                col(p.session_id) == session_id,
                col(p.referred_by_id).is_not(None),
                col(p.activated_at).is_not(None),
            )
            .group_by(col(p.referred_by_id), col(inviter.joined_at), col(inviter.id))
            .order_by(func.count().desc(), col(inviter.joined_at), col(inviter.id))
        )
        .tuples()
        .all()
    )
    return [(int(member), int(n)) for member, n in rows]


def top_inviters(*, db: Session, session_id: int, limit: int) -> list[Member]:
    """The `limit` members who brought the most active members so far (ties: who joined
    first), among those who take part and may be found (not erased); the champions of
    `/seed <code> … top N`."""
    ranked = [m for m, _ in activated_invitees(db=db, session_id=session_id)]
    if not ranked:
        return []
    found = {
        m.id: m
        for m in db.exec(
            select(Member)
            .join(Participation, col(Participation.member_id) == col(Member.id))
            .where(
                col(Member.id).in_(ranked),
                Participation.session_id == session_id,
                col(Participation.consented_at).is_not(None),
                col(Member.telegram_id) > 0,
            )
        ).all()
    }
    return [found[m] for m in ranked if m in found][:limit]


def consenting_members(*, db: Session, session_id: int) -> list[Member]:
    """The members who agreed to take part in the session and were not erased, by id."""
    return list(
        db.exec(
            select(Member)
            .join(Participation, col(Participation.member_id) == col(Member.id))
            .where(
                Participation.session_id == session_id,
                col(Participation.consented_at).is_not(None),
                col(Member.telegram_id) > 0,
            )
            .order_by(col(Member.id))
        ).all()
    )


@dataclass(frozen=True)
class JoinRecord:
    """One participation, as figures read how members came."""

    participation_id: int
    member_id: int
    source: str
    source_tag: str | None
    referred_by_id: int | None
    seed_id: int | None
    landing_kind: str | None
    landing_id: int | None
    joined_at: datetime
    consented_at: datetime | None
    declined_at: datetime | None
    activated_at: datetime | None
    completed_at: datetime | None


def join_records(*, db: Session, session_id: int) -> list[JoinRecord]:
    """Every participation of the session with how it came, in the order of joining."""
    p = Participation
    columns = (
        p.id, p.member_id, p.source, p.source_tag, p.referred_by_id, p.seed_id, p.landing_kind,
        p.landing_id, p.joined_at, p.consented_at, p.declined_at, p.activated_at, p.completed_at,
    )  # fmt: skip
    rows = (
        db.execute(
            sa_select(*(col(c) for c in columns))
            .where(col(p.session_id) == session_id)
            .order_by(col(p.joined_at), col(p.id))
        )
        .tuples()
        .all()
    )
    return [JoinRecord(*row) for row in rows]


def opens_by_source(*, db: Session, session_id: int) -> dict[tuple[str, str | None], int]:
    """How often the session's links were opened, by (source, tag), joined or not."""
    o = LinkOpen
    rows = (
        db.execute(
            sa_select(col(o.source), col(o.source_tag), func.count())
            .where(col(o.session_id) == session_id)
            .group_by(col(o.source), col(o.source_tag))
        )
        .tuples()
        .all()
    )
    return {(source, tag): int(n) for source, tag, n in rows}


# -- seeds ----------------------------------------------------------------------------------


def seed_for(
    *,
    db: Session,
    session_id: int,
    kind: str,
    item_id: int,
    champion_id: int,
    created_by: int,
    now: datetime,
) -> Seed:
    """The champion's seed of this proposal or poll, made on first use with a fresh code."""
    found = db.exec(
        select(Seed).where(
            Seed.session_id == session_id,
            Seed.kind == kind,
            Seed.item_id == item_id,
            Seed.champion_id == champion_id,
        )
    ).first()
    if found is not None:
        return found
    send_now(db)  # a waiting write that fails is not retried as a code taken
    for _ in range(10):
        seed = Seed(
            session_id=session_id,
            kind=kind,
            item_id=item_id,
            champion_id=champion_id,
            code=new_marked_code(SEED_CODE_LENGTH),
            created_by=created_by,
            created_at=now,
        )
        try:
            with db.begin_nested():
                db.add(seed)
            return seed
        except IntegrityError:  # code taken: draw again
            continue
    raise RuntimeError("could not draw a free seed code")


def seed_by_code(*, db: Session, session_id: int, code: str) -> Seed | None:
    """The seed with this code in the session (a code of another session is nothing here)."""
    return db.exec(select(Seed).where(Seed.code == code, Seed.session_id == session_id)).first()


def get_seed(*, db: Session, seed_id: int) -> Seed | None:
    return db.get(Seed, seed_id)


@dataclass(frozen=True)
class SeedCount:
    seed: Seed
    joined: int
    activated: int


def seed_counts(*, db: Session, session_id: int) -> list[SeedCount]:
    """What each seed of the session brought: members who joined through it, and how many
    of them are active; in the order the seeds were made."""
    p = Participation
    counts = (
        sa_select(
            col(p.seed_id).label("seed_id"),
            func.count().label("joined"),
            func.count(col(p.activated_at)).label("activated"),
        )
        .where(col(p.session_id) == session_id, col(p.seed_id).is_not(None))
        .group_by(col(p.seed_id))
        .subquery()
    )
    rows = db.exec(
        select(Seed, counts.c.joined, counts.c.activated)
        .outerjoin(counts, counts.c.seed_id == col(Seed.id))
        .where(Seed.session_id == session_id)
        .order_by(col(Seed.id))
    ).all()
    return [SeedCount(seed, int(j or 0), int(a or 0)) for seed, j, a in rows]
