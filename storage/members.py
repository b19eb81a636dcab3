"""Queries about members and roles."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from storage.codes import REF_CODE_LENGTH, new_code
from storage.models import Member, RoleGrant


def get_member(*, db: Session, telegram_id: int) -> Member | None:
    return db.exec(select(Member).where(Member.telegram_id == telegram_id)).first()


def get_member_by_ref(*, db: Session, ref_code: str) -> Member | None:
    return db.exec(select(Member).where(Member.ref_code == ref_code)).first()


def upsert_member(
    *,
    db: Session,
    telegram_id: int,
    display_name: str,
    username: str | None,
    language: str | None,
    now: datetime,
) -> Member:
    """The member with this Telegram id, created on first contact, names kept fresh."""
    member = get_member(db=db, telegram_id=telegram_id)
    if member is None:
        member = Member(
            telegram_id=telegram_id,
            display_name=display_name[:200],
            username=username,
            language=(language or "en")[:16],
            ref_code=_free_ref_code(db),
            created_at=now,
        )
    else:
        member.display_name = display_name[:200]
        member.username = username
    member.last_seen_at = now
    db.add(member)
    db.flush()
    return member


def _free_ref_code(db: Session) -> str:
    while True:
        code = new_code(REF_CODE_LENGTH)
        if get_member_by_ref(db=db, ref_code=code) is None:
            return code


def roles_of(*, db: Session, telegram_id: int, admin_ids: tuple[int, ...] = ()) -> set[str]:
    """Roles of a Telegram user: granted ones, plus both for ADMIN_IDS."""
    if telegram_id in admin_ids:
        return {"organiser", "coordinator"}
    rows = db.exec(select(RoleGrant.role).where(RoleGrant.telegram_id == telegram_id)).all()
    return set(rows)


def grant_role(*, db: Session, telegram_id: int, role: str, granted_by: int, now: datetime) -> bool:
    """Give a role; False if the user had it already."""
    exists = db.exec(
        select(RoleGrant).where(RoleGrant.telegram_id == telegram_id, RoleGrant.role == role)
    ).first()
    if exists is not None:
        return False
    try:
        with db.begin_nested():
            db.add(
                RoleGrant(telegram_id=telegram_id, role=role, granted_by=granted_by, granted_at=now)
            )
    except IntegrityError:
        return False
    return True


def set_blocked(*, db: Session, telegram_id: int, blocked: bool) -> None:
    """Record that a member blocked (or unblocked) the bot; unknown users are ignored."""
    member = get_member(db=db, telegram_id=telegram_id)
    if member is not None:
        member.blocked_bot = blocked
        db.add(member)


def set_paused(*, db: Session, member: Member, paused: bool) -> None:
    member.paused = paused
    db.add(member)
