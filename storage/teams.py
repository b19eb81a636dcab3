"""Who runs a session besides its owner (the organiser who created it): co-organisers and
coordinators, and what they did to it (the audit)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from storage.models import AuditEntry, CoSession, TeamMember
from storage.sql import insert


def team_role(*, db: Session, session_id: int, telegram_id: int) -> str | None:
    """The person's role on the session's team (not counting its owner), if any."""
    return db.exec(
        select(TeamMember.role).where(
            TeamMember.session_id == session_id, TeamMember.telegram_id == telegram_id
        )
    ).first()


def team_roles(*, db: Session, telegram_id: int) -> set[str]:
    """Every role the person has on any session's team."""
    return set(db.exec(select(TeamMember.role).where(TeamMember.telegram_id == telegram_id)))


def put_on_team(
    *, db: Session, session_id: int, telegram_id: int, role: str, by: int, now: datetime
) -> bool:
    """Add someone to the team, or change their role; False if they had it already."""
    stmt = insert(db, TeamMember).values(
        session_id=session_id, telegram_id=telegram_id, role=role, added_by=by, added_at=now
    )
    changed = db.execute(
        stmt.on_conflict_do_update(
            index_elements=[TeamMember.session_id, TeamMember.telegram_id],
            set_={"role": role, "added_by": by, "added_at": now},
            where=TeamMember.role != role,
        ).returning(TeamMember.id)
    )
    return changed.first() is not None


def take_off_team(*, db: Session, session_id: int, telegram_id: int) -> str | None:
    """Remove someone from the team; the role they had, or None if they were not on it."""
    role = team_role(db=db, session_id=session_id, telegram_id=telegram_id)
    if role is not None:
        db.execute(
            delete(TeamMember).where(
                col(TeamMember.session_id) == session_id, col(TeamMember.telegram_id) == telegram_id
            )
        )
    return role


def take_role_off_teams(*, db: Session, telegram_id: int, role: str) -> list[int]:
    """Take the person off every team where they have `role`; the sessions' ids."""
    gone = db.execute(
        delete(TeamMember)
        .where(col(TeamMember.telegram_id) == telegram_id, col(TeamMember.role) == role)
        .returning(col(TeamMember.session_id))
    )
    return sorted(int(row[0]) for row in gone)


def team_of(*, db: Session, session_id: int) -> list[TeamMember]:
    return list(
        db.exec(
            select(TeamMember)
            .where(TeamMember.session_id == session_id)
            .order_by(col(TeamMember.role).desc(), col(TeamMember.added_at))
        ).all()
    )


def visible_session_ids(*, db: Session, telegram_id: int) -> set[int]:
    """The sessions the person owns or is on the team of."""
    owned = db.exec(select(CoSession.id).where(CoSession.created_by == telegram_id)).all()
    teamed = db.exec(
        select(TeamMember.session_id).where(TeamMember.telegram_id == telegram_id)
    ).all()
    return {int(i) for i in [*owned, *teamed] if i is not None}


def record(
    *,
    db: Session,
    session_id: int | None,
    actor_id: int,
    action: str,
    now: datetime,
    detail: dict[str, Any] | None = None,
) -> None:
    """Write down who did what to a session (or, without one, to the bot's roles)."""
    db.add(
        AuditEntry(
            session_id=session_id, actor_id=actor_id, action=action, detail=detail or {}, at=now
        )
    )


READS = (  # entries that change nothing
    "read",
    "read_proposals",
    "read_feedback",
    "read_answers",
    "read_stats",
    "read_results",
    "exported",
    "exported_names",
)


def audit_of(*, db: Session, session_id: int, limit: int | None = None) -> list[AuditEntry]:
    """The entries about the session (all, or the newest `limit`), newest first."""
    return list(
        db.exec(
            select(AuditEntry)
            .where(AuditEntry.session_id == session_id)
            .order_by(col(AuditEntry.id).desc())
            .limit(limit)
        ).all()
    )


def role_changes_of(*, db: Session, telegram_ids: set[int]) -> list[AuditEntry]:
    """The bot-wide roles given to or taken from these people (/grant, /revoke), newest
    first."""
    entries = db.exec(
        select(AuditEntry)
        .where(col(AuditEntry.session_id).is_(None))
        .order_by(col(AuditEntry.id).desc())
    ).all()
    return [e for e in entries if (e.detail or {}).get("user") in telegram_ids]


def times_of(*, db: Session, session_id: int, action: str, since: datetime) -> list[datetime]:
    """When the session's `action` entries were written after `since`, oldest first."""
    return list(
        db.exec(
            select(AuditEntry.at)
            .where(
                AuditEntry.session_id == session_id,
                AuditEntry.action == action,
                col(AuditEntry.at) > since,
            )
            .order_by(col(AuditEntry.at))
        ).all()
    )


def last_entry(*, db: Session, session_id: int) -> AuditEntry | None:
    """The newest entry that changed the session (reads and exports aside)."""
    return db.exec(
        select(AuditEntry)
        .where(AuditEntry.session_id == session_id, col(AuditEntry.action).not_in(READS))
        .order_by(col(AuditEntry.id).desc())
        .limit(1)
    ).first()
