"""One-time links onto a session's team (`team_invite`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from storage.codes import new_code
from storage.models import TeamInvite

INVITE_CODE_LENGTH = 12


def create_invite(*, db: Session, session_id: int, role: str, by: int, now: datetime) -> TeamInvite:
    invite = TeamInvite(
        code=new_code(INVITE_CODE_LENGTH), session_id=session_id, role=role, created_by=by,
        created_at=now,
    )  # fmt: skip
    db.add(invite)
    db.flush()
    return invite


def get_invite(*, db: Session, code: str) -> TeamInvite | None:
    return db.exec(select(TeamInvite).where(TeamInvite.code == code)).first()


def use_invite(*, db: Session, invite: TeamInvite, telegram_id: int, now: datetime) -> bool:
    """Mark the link used by this person, in one statement; False if someone used it first."""
    done = db.execute(
        update(TeamInvite)
        .where(col(TeamInvite.id) == invite.id, col(TeamInvite.used_by).is_(None))
        .values(used_by=telegram_id, used_at=now)
    )
    # sqlmodel types Session.execute as returning Result; it is a CursorResult (rowcount)
    return bool(done.rowcount)  # type: ignore[attr-defined]
