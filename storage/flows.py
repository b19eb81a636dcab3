"""The flow texts sessions opened with (`flow_version`), so a session keeps its flow."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, col, select

from storage import memo
from storage.models import Community, CoSession, FlowVersion, Member, OwnFlow, TeamMember
from storage.sql import insert


def flow_hash(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()


def keep_flow(
    *, db: Session, cosession: CoSession, flow_id: str, source: str, now: datetime
) -> str:
    """Store this text of the flow (once, whoever else uses it) as the session's own."""
    digest = flow_hash(source)
    db.execute(
        insert(db, FlowVersion)
        .values(hash=digest, flow_id=flow_id, source=source, created_at=now)
        .on_conflict_do_nothing()
    )
    cosession.flow_hash = digest
    db.add(cosession)
    return digest


def flow_source(*, db: Session, digest: str) -> str | None:
    version = db.get(FlowVersion, digest)
    return version.source if version is not None else None


def names_of(*, db: Session, cosession: CoSession) -> dict[str, str]:
    """What a flow's placeholders stand for in this session: its title, its community's
    name and its organiser's (owner's) name ("" if the bot never met them). Read once in a
    transaction (`storage.memo`; a member's new name makes it read again)."""
    return dict(
        memo.kept(db, ("names", cosession.created_by, cosession.id), lambda: _names(db, cosession))
    )


def _names(db: Session, cosession: CoSession) -> dict[str, str]:
    found = db.exec(
        select(Community.name, Member.display_name)
        .select_from(Community)
        .outerjoin(Member, col(Member.telegram_id) == cosession.created_by)
        .where(Community.id == cosession.community_id)
    ).first()
    community, owner = found if found is not None else (None, None)
    return names(cosession, community, owner)


def names(cosession: CoSession, community: str | None, owner: str | None) -> dict[str, str]:
    """The placeholders' values from the session, its community's name and its owner's."""
    return {
        "session": cosession.title,
        "community": community or cosession.title,
        "organiser": owner or "",
    }


def keep_names(db: Session, cosession: CoSession, community: str | None, owner: str | None) -> None:
    """Names read with something else (`storage.places`), kept for the transaction."""
    memo.keep(db, ("names", cosession.created_by, cosession.id), names(cosession, community, owner))


def organisers_of_flows(*, db: Session, flow_ids: Iterable[str]) -> set[int]:
    """Who runs a session (not closed) of these flows: owners and team organisers."""
    sessions = select(CoSession.id).where(
        col(CoSession.flow_id).in_(list(flow_ids)), CoSession.status != "closed"
    )
    owners = db.exec(select(CoSession.created_by).where(col(CoSession.id).in_(sessions)))
    team = db.exec(
        select(TeamMember.telegram_id).where(
            col(TeamMember.session_id).in_(sessions), TeamMember.role == "organiser"
        )
    )
    return set(owners) | set(team)


def save_own_flow(*, db: Session, owner: int, flow_id: str, source: str, now: datetime) -> bool:
    """An organiser's flow text under its id (replacing theirs of that id); True if new."""
    found = db.exec(select(OwnFlow).where(OwnFlow.owner == owner, OwnFlow.flow_id == flow_id))
    row = found.first()
    if row is None:
        db.add(OwnFlow(owner=owner, flow_id=flow_id, source=source, updated_at=now))
        return True
    row.source, row.updated_at = source, now
    db.add(row)
    return False


def own_flows(*, db: Session, owner: int) -> dict[str, str]:
    """The flows an organiser sent, their texts by id."""
    rows = db.exec(select(OwnFlow).where(OwnFlow.owner == owner).order_by(col(OwnFlow.flow_id)))
    return {row.flow_id: row.source for row in rows}


def own_flow_source(*, db: Session, owner: int, flow_id: str) -> str | None:
    return db.exec(
        select(OwnFlow.source).where(OwnFlow.owner == owner, OwnFlow.flow_id == flow_id)
    ).first()
