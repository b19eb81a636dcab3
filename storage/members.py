"""Queries about members and roles."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import delete, literal, union_all, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from storage import memo
from storage.models import Member, RoleGrant, TeamMember, id_of
from storage.sql import insert


def get_member(*, db: Session, telegram_id: int) -> Member | None:
    return db.exec(select(Member).where(Member.telegram_id == telegram_id)).first()


def upsert_member(
    *,
    db: Session,
    telegram_id: int,
    display_name: str,
    username: str | None,
    language: str | None,
    now: datetime,
    new: bool = False,
) -> Member:
    """The member with this Telegram id, created on first contact, names kept fresh.

    One statement for someone already known, and for someone the caller found unknown in
    this transaction (`new`: the insert is tried first); safe against a concurrent first
    contact (the loser's insert does nothing and the update then finds the winner's row)."""
    fresh = {"display_name": display_name[:200], "username": username, "last_seen_at": now}
    memo.forget(db, "names", telegram_id)  # their name as a flow's {organiser} may change
    refresh = {"populate_existing": True}
    for attempt in range(5):
        if not (new and attempt == 0):
            changed = (
                update(Member).where(col(Member.telegram_id) == telegram_id).values(**fresh)
            ).returning(Member)
            member = db.scalars(changed, execution_options=refresh).first()
            if member is not None:
                return member
        created = (
            insert(db, Member)
            .values(
                telegram_id=telegram_id,
                language=(language or "en")[:16],
                created_at=now,
                **fresh,
            )
            .on_conflict_do_nothing()
            .returning(Member)
        )
        member = db.scalars(created, execution_options=refresh).first()
        if member is not None:
            return member
    raise RuntimeError("could not store the member")


def roles_of(*, db: Session, telegram_id: int, admin_ids: tuple[int, ...] = ()) -> set[str]:
    """Roles of a Telegram user: granted ones, plus both for ADMIN_IDS (who are also
    "admin"). Roles on a session's team are `storage.teams.team_roles`."""
    if telegram_id in admin_ids:
        return {"admin", "organiser", "coordinator"}
    return granted_roles(db=db, telegram_id=telegram_id)


def grant_role(*, db: Session, telegram_id: int, role: str, granted_by: int, now: datetime) -> bool:
    """Give a role; False if the user had it already."""
    added = db.execute(
        insert(db, RoleGrant)
        .values(telegram_id=telegram_id, role=role, granted_by=granted_by, granted_at=now)
        .on_conflict_do_nothing()
        .returning(col(RoleGrant.id))
    )
    return added.first() is not None


def revoke_role(*, db: Session, telegram_id: int, role: str) -> bool:
    """Take a role back; False if the user did not have it."""
    removed = db.execute(
        delete(RoleGrant)
        .where(col(RoleGrant.telegram_id) == telegram_id, col(RoleGrant.role) == role)
        .returning(col(RoleGrant.id))
    )
    return removed.first() is not None


def all_roles(*, db: Session, telegram_id: int) -> tuple[set[str], set[str]]:
    """The roles granted to a Telegram user (ADMIN_IDS aside), and those they have on any
    session's team (`storage.teams.team_roles`), in one read."""
    granted = sa_select(literal("g"), col(RoleGrant.role)).where(
        col(RoleGrant.telegram_id) == telegram_id
    )
    team = sa_select(literal("t"), col(TeamMember.role)).where(
        col(TeamMember.telegram_id) == telegram_id
    )
    rows = db.execute(union_all(granted, team)).tuples().all()
    return {r for kind, r in rows if kind == "g"}, {r for kind, r in rows if kind == "t"}


def granted_roles(*, db: Session, telegram_id: int) -> set[str]:
    """The roles granted to a Telegram user (ADMIN_IDS aside)."""
    return set(db.exec(select(RoleGrant.role).where(RoleGrant.telegram_id == telegram_id)).all())


def known_ids(*, db: Session, telegram_ids: set[int]) -> set[int]:
    """Which of these Telegram users the bot has met (they wrote to it)."""
    if not telegram_ids:
        return set()
    rows = db.exec(select(Member.telegram_id).where(col(Member.telegram_id).in_(telegram_ids)))
    return {int(i) for i in rows.all()}


def telegram_names(*, db: Session, telegram_ids: set[int]) -> dict[int, str]:
    """The names these Telegram users have in Telegram, as the bot last saw them (left out:
    those it never met, and those who erased their data)."""
    if not telegram_ids:
        return {}
    rows = db.exec(
        select(Member.telegram_id, Member.display_name).where(
            col(Member.telegram_id).in_(telegram_ids), Member.display_name != ""
        )
    )
    return {int(i): name for i, name in rows.all()}


def privileged_ids(*, db: Session) -> set[int]:
    """Everyone granted a role, or on a session's team (ADMIN_IDS aside)."""
    granted = db.exec(select(RoleGrant.telegram_id)).all()
    teamed = db.exec(select(TeamMember.telegram_id)).all()
    return {int(i) for i in [*granted, *teamed]}


def set_blocked(*, db: Session, telegram_id: int, blocked: bool) -> None:
    """Record that a member blocked (or unblocked) the bot; unknown users are ignored."""
    db.execute(
        update(Member).where(col(Member.telegram_id) == telegram_id).values(blocked_bot=blocked),
        execution_options={"synchronize_session": "fetch"},
    )


def set_paused(*, db: Session, member: Member, paused: bool) -> None:
    member.paused = paused
    db.add(member)


def zones_of(*, db: Session, member_ids: set[int | None]) -> dict[int, str | None]:
    """Members' time zone names by member id (None: not set)."""
    ids = {i for i in member_ids if i is not None}
    if not ids:
        return {}
    rows = db.exec(select(Member.id, Member.timezone).where(col(Member.id).in_(ids))).all()
    return {cast(int, member_id): zone for member_id, zone in rows}  # a primary key is never NULL


def members_by_id(*, db: Session, member_ids: set[int | None]) -> dict[int, Member]:
    """Members by id (those still stored)."""
    ids = {i for i in member_ids if i is not None}
    if not ids:
        return {}
    return {id_of(m): m for m in db.exec(select(Member).where(col(Member.id).in_(ids))).all()}


def set_language(*, db: Session, member: Member, language: str) -> None:
    """The language the member chose (`/language`)."""
    member.language = language[:16]
    db.add(member)


def set_timezone(*, db: Session, member: Member, zone: str) -> None:
    member.timezone = zone
    db.add(member)
