"""Communities, members and roles."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models._base import json_field, tg_id, when

ROLES = ("organiser", "coordinator")


class CommunityBase(SQLModel):
    name: str = Field(max_length=200)
    group_chat_id: int | None = tg_id(nullable=True, unique=True)


class Community(CommunityBase, table=True):
    """A micro-community; its name is unique among those of one organiser."""

    __table_args__ = (UniqueConstraint("owner_id", "name"),)
    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = tg_id(default=0)  # the Telegram id of the organiser who named it
    created_at: datetime = when(nullable=False)


class MemberBase(SQLModel):
    telegram_id: int = tg_id(unique=True, index=True)
    display_name: str = Field(default="", max_length=200)
    username: str | None = Field(default=None, max_length=64)
    language: str = Field(default="en", max_length=16)
    timezone: str | None = Field(default=None, max_length=64)


class Member(MemberBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    consented_at: datetime | None = when()
    paused: bool = False
    opted_out: bool = False
    blocked_bot: bool = False
    referred_by_id: int | None = Field(default=None, foreign_key="member.id")
    active_session_id: int | None = Field(default=None, foreign_key="cosession.id")
    created_at: datetime = when(nullable=False)
    last_seen_at: datetime | None = when()


class RoleGrant(SQLModel, table=True):
    """A role given to a Telegram user id, who may not have talked to the bot yet."""

    __table_args__ = (UniqueConstraint("telegram_id", "role"),)
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = tg_id(index=True)
    role: str = Field(max_length=16)
    granted_by: int | None = tg_id(nullable=True)
    granted_at: datetime = when(nullable=False)


class TeamMember(SQLModel, table=True):
    """Someone who runs a session with its owner: a co-organiser or a coordinator."""

    __tablename__ = "session_team"
    __table_args__ = (UniqueConstraint("session_id", "telegram_id"),)
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    telegram_id: int = tg_id(index=True)
    role: str = Field(max_length=16)  # organiser, coordinator
    added_by: int = tg_id()
    added_at: datetime = when(nullable=False)


class TeamInvite(SQLModel, table=True):
    """A one-time link (`/team <code> invite <role>`) that puts whoever opens it on the
    session's team; `used_by` is set by the one who did."""

    __tablename__ = "team_invite"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    session_id: int = Field(foreign_key="cosession.id", index=True)
    role: str = Field(max_length=16)  # organiser, coordinator
    created_by: int = tg_id()
    created_at: datetime = when(nullable=False)
    used_by: int | None = tg_id(nullable=True)
    used_at: datetime | None = when()


class AuditEntry(SQLModel, table=True):
    """Who did what to a session: created, opened, closed, polled, broadcast, hid,
    exported, changed the team... (shown by /audit, kept in the JSON export)."""

    __tablename__ = "audit"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int | None = Field(default=None, foreign_key="cosession.id", index=True)
    actor_id: int = tg_id()  # a Telegram user id; 0 for the server's command line
    action: str = Field(max_length=32)
    detail: dict[str, Any] = json_field(dict)
    at: datetime = when(nullable=False)


class BotState(SQLModel, table=True):
    """Small facts the bot keeps about itself (e.g. the highest update id it forgot)."""

    __tablename__ = "bot_state"
    key: str = Field(primary_key=True, max_length=64)
    value: int = Field(default=0, sa_type=BigInteger)
    updated_at: datetime = when(nullable=False)
