"""Queries about co-design sessions and who takes part in them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy import select as sa_select  # sqlmodel's select() is typed for at most four columns
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from storage import flows, memo
from storage.codes import JOIN_CODE_LENGTH, REF_CODE_LENGTH, new_code, new_marked_code
from storage.joins import Attribution
from storage.models import Community, CoSession, Member, Participation, TranscriptMessage
from storage.sql import insert, send_now


def create_session(
    *,
    db: Session,
    title: str,
    flow_id: str,
    created_by: int,
    now: datetime,
    community_name: str | None = None,
    languages: tuple[str, ...] = (),
) -> CoSession:
    """A draft session with a fresh join code, in the named (or a new) community, offering
    `languages` of its flow (none: all the flow's)."""
    community = _community(db, community_name or title, created_by, now)
    assert community.id is not None  # a row read back from the database
    send_now(db)  # a waiting write that fails is not retried as a code taken
    for _ in range(10):
        cosession = CoSession(
            title=title,
            flow_id=flow_id,
            join_code=new_code(JOIN_CODE_LENGTH),
            community_id=community.id,
            created_by=created_by,
            created_at=now,
            languages=",".join(languages) or None,
        )
        try:
            with db.begin_nested():
                db.add(cosession)
            return cosession
        except IntegrityError:  # join code taken: draw again
            continue
    raise RuntimeError("could not draw a free join code")


def _community(db: Session, name: str, owner_id: int, now: datetime) -> Community:
    """The organiser's community of that name, created on first use (race-safe)."""
    db.execute(
        insert(db, Community)
        .values(name=name, owner_id=owner_id, created_at=now)
        .on_conflict_do_nothing()
    )
    return db.exec(
        select(Community).where(Community.owner_id == owner_id, Community.name == name)
    ).one()


def get_session_by_code(*, db: Session, code: str) -> CoSession | None:
    return db.exec(select(CoSession).where(CoSession.join_code == code.strip().lower())).first()


def session_to_join(*, db: Session, code: str) -> CoSession | None:
    """`get_session_by_code` for someone joining: the names its flow uses (its community's,
    its owner's) read with it and kept for the transaction (`flows.keep_names`)."""
    owner = aliased(Member)
    found = db.execute(
        sa_select(CoSession, col(Community.name), col(owner.display_name))
        .outerjoin(Community, col(Community.id) == col(CoSession.community_id))
        .outerjoin(owner, col(owner.telegram_id) == col(CoSession.created_by))
        .where(col(CoSession.join_code) == code.strip().lower())
    ).first()
    if found is None:
        return None
    cosession: CoSession = found[0]
    community: str | None = found[1]
    owner_name: str | None = found[2]
    flows.keep_names(db, cosession, community, owner_name)
    return cosession


def get_session(*, db: Session, session_id: int) -> CoSession | None:
    return db.get(CoSession, session_id)


@dataclass(frozen=True)
class SessionSummary:
    cosession: CoSession
    joined: int
    consented: int
    completed: int


def list_sessions(
    *, db: Session, limit: int = 50, only: set[int] | None = None
) -> list[SessionSummary]:
    """The newest sessions (of `only`, if given) with their participation counts (counted
    for those only)."""
    newest = select(CoSession.id).order_by(col(CoSession.id).desc()).limit(limit)
    if only is not None:
        newest = newest.where(col(CoSession.id).in_(only or {0}))
    counts = (
        select(
            Participation.session_id,
            func.count().label("joined"),
            func.count(col(Participation.consented_at)).label("consented"),
            func.count(col(Participation.completed_at)).label("completed"),
        )
        .where(col(Participation.session_id).in_(newest.scalar_subquery()))
        .group_by(col(Participation.session_id))
        .subquery()
    )
    rows = db.exec(
        select(CoSession, counts.c.joined, counts.c.consented, counts.c.completed)
        .outerjoin(counts, counts.c.session_id == CoSession.id)
        .where(col(CoSession.id).in_(newest.scalar_subquery()))
        .order_by(col(CoSession.id).desc())
    ).all()
    return [SessionSummary(s, j or 0, c or 0, d or 0) for s, j, c, d in rows]


def tried_while_draft(*, db: Session, session_id: int) -> list[Member]:
    """Who sent /start with the session's code while it was a draft (their transcript
    line, tagged with the session), and may still be written to; by id."""
    tried = (
        select(TranscriptMessage.member_id)
        .where(TranscriptMessage.session_id == session_id, TranscriptMessage.direction == "in")
        .where(col(TranscriptMessage.text).startswith("/start"))
    )
    return list(
        db.exec(
            select(Member)
            .where(col(Member.id).in_(tried.scalar_subquery()), col(Member.telegram_id) > 0)
            .where(col(Member.blocked_bot) == False, col(Member.opted_out) == False)  # noqa: E712
            .order_by(col(Member.id))
        ).all()
    )


def set_session_status(*, db: Session, cosession: CoSession, status: str, now: datetime) -> None:
    cosession.status = status
    if status == "open" and cosession.opened_at is None:
        cosession.opened_at = now
    if status == "closed":
        cosession.closed_at = now
    db.add(cosession)


def set_names_for_coordinators(*, db: Session, cosession: CoSession, allowed: bool) -> bool:
    """May the session's coordinators export members' names; False if it was so already."""
    if cosession.names_for_coordinators == allowed:
        return False
    cosession.names_for_coordinators = allowed
    db.add(cosession)
    return True


def open_sessions(*, db: Session, only: set[int] | None, limit: int = 6) -> list[CoSession]:
    """The newest open sessions (of `only`, if given)."""
    query = select(CoSession).where(CoSession.status == "open")
    if only is not None:
        query = query.where(col(CoSession.id).in_(only or {0}))
    return list(db.exec(query.order_by(col(CoSession.id).desc()).limit(limit)).all())


def newest_sessions(
    *, db: Session, only: set[int] | None, statuses: tuple[str, ...], limit: int = 8
) -> list[CoSession]:
    """The newest sessions (of `only`, if given) in one of these statuses."""
    query = select(CoSession).where(col(CoSession.status).in_(statuses))
    if only is not None:
        query = query.where(col(CoSession.id).in_(only or {0}))
    return list(db.exec(query.order_by(col(CoSession.id).desc()).limit(limit)).all())


def session_and_participation(
    *, db: Session, session_id: int, member_id: int
) -> tuple[CoSession | None, Participation | None]:
    """A session and this member's part in it (None if they never joined), in one query;
    once found, kept for the rest of the transaction (`storage.memo`: a turn asks for it
    when it picks the actor's language and again when it finds their place)."""
    key = ("place", session_id, member_id)
    known = memo.known(db, key)
    if known is not None:
        return known
    found = db.exec(
        select(CoSession, Participation)
        .outerjoin(
            Participation,
            (col(Participation.session_id) == col(CoSession.id))
            & (col(Participation.member_id) == member_id),
        )
        .where(CoSession.id == session_id)
    ).first()
    if found is None or found[1] is None:  # not kept: they may join in this transaction
        return (found[0], None) if found is not None else (None, None)
    memo.keep(db, key, (found[0], found[1]))
    return found[0], found[1]


def get_participation(*, db: Session, session_id: int, member_id: int) -> Participation | None:
    return db.exec(
        select(Participation).where(
            Participation.session_id == session_id, Participation.member_id == member_id
        )
    ).first()


def join_session(
    *,
    db: Session,
    cosession: CoSession,
    member: Member,
    now: datetime,
    referred_by: Member | None = None,
    came: Attribution | None = None,
) -> Participation:
    """The member's participation in the session, created on first join with a referral
    code of its own and how they came (`came`; `referred_by` alone: a member's invitation).
    Race-safe: a concurrent join of the same member makes one row, with the first
    attribution; a code drawn twice is drawn again. Nobody is their own referrer."""
    if came is None:
        ref = referred_by.id if referred_by is not None else None
        came = Attribution("invite", referred_by_id=ref) if ref is not None else Attribution()
    if came.referred_by_id is not None and came.referred_by_id == member.id:
        came = came.uncredited()
    ref_id = came.referred_by_id
    assert cosession.id is not None and member.id is not None  # rows in the database
    for _ in range(5):
        new = db.scalars(
            insert(db, Participation)
            .values(
                session_id=cosession.id,
                member_id=member.id,
                joined_at=now,
                referred_by_id=ref_id,
                ref_code=new_marked_code(REF_CODE_LENGTH),
                source=came.source,
                source_tag=came.source_tag,
                seed_id=came.seed_id,
                landing_kind=came.landing_kind,
                landing_id=came.landing_id,
            )
            .on_conflict_do_nothing()
            .returning(Participation),  # the new row as stored: not read again
            execution_options={"populate_existing": True},
        ).first()
        if new is not None and member.referred_by_id is None and ref_id is not None:
            member.referred_by_id = ref_id
        participation = new or get_participation(
            db=db, session_id=cosession.id, member_id=member.id
        )
        if participation is not None:  # inserted above, or by a concurrent join
            member.active_session_id = cosession.id
            db.add(member)
            db.flush()
            return participation
    raise RuntimeError("could not store the participation")


def referrer(*, db: Session, session_id: int, ref_code: str) -> Member | None:
    """Whose invitation link of the session carries `ref_code` (a code of another session
    is nobody's here)."""
    return db.exec(
        select(Member)
        .join(Participation, col(Participation.member_id) == col(Member.id))
        .where(Participation.session_id == session_id, Participation.ref_code == ref_code)
    ).first()


def record_consent(
    *, db: Session, participation: Participation, member: Member, accepted: bool, now: datetime
) -> None:
    if accepted:
        participation.consented_at = participation.consented_at or now
        participation.declined_at = None
        member.consented_at = member.consented_at or now
        member.opted_out = False
    else:
        participation.declined_at = now
    db.add(participation)
    db.add(member)


def mark_completed(*, db: Session, participation: Participation, now: datetime) -> None:
    participation.completed_at = participation.completed_at or now
    db.add(participation)


def link_group(*, db: Session, cosession: CoSession, chat_id: int) -> Community:
    """Link the session's community to a group chat (a group belongs to one community)."""
    for other in db.exec(select(Community).where(Community.group_chat_id == chat_id)).all():
        other.group_chat_id = None
        db.add(other)
    db.flush()
    community = db.get(Community, cosession.community_id)
    assert community is not None  # community_id is a foreign key
    community.group_chat_id = chat_id
    db.add(community)
    return community


def group_chat_of(*, db: Session, cosession: CoSession) -> int | None:
    community = db.get(Community, cosession.community_id)
    return community.group_chat_id if community else None


def sessions_linked_to(*, db: Session, chat_id: int) -> list[CoSession]:
    """The sessions whose community the group chat is linked to now."""
    return list(
        db.exec(
            select(CoSession)
            .join(Community, col(Community.id) == col(CoSession.community_id))
            .where(Community.group_chat_id == chat_id)
        ).all()
    )
