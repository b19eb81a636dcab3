"""Helpers shared by handlers: who is talking, and in which session."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from telegram import Update

from bot.turn import Turn
from storage import members as member_store
from storage import sessions
from storage.models import CoSession, Member, Participation


def current_member(turn: Turn) -> Member:
    user = turn.update.effective_user
    return member_store.upsert_member(
        db=turn.db,
        telegram_id=user.id,
        display_name=user.full_name,
        username=user.username,
        language=user.language_code,
        now=turn.now,
    )


@dataclass
class Place:
    """A member in their active session."""

    member: Member
    cosession: CoSession
    participation: Participation
    flow: Any


def active_place(turn: Turn, member: Member) -> Place | None:
    """The member's active session if they joined it and its flow is installed."""
    if member.active_session_id is None:
        return None
    cosession = sessions.get_session(db=turn.db, session_id=member.active_session_id)
    if cosession is None:
        return None
    participation = sessions.get_participation(
        db=turn.db, session_id=cosession.id, member_id=member.id
    )
    flow = turn.d.flows.get(cosession.flow_id)
    if participation is None or flow is None:
        return None
    turn.in_session(cosession.id, member.id)
    return Place(member, cosession, participation, flow)


def command_args(update: Update) -> str:
    """Everything after the command word, as typed (keeps the organiser's spacing)."""
    text = update.effective_message.text or ""
    parts = text.split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


_ID = re.compile(r"^#?([0-9]{1,15})$")


def parse_id(word: str) -> int | None:
    """A database or Telegram id as typed (`12` or `#12`); None for anything else
    (`²`, `-1`, `12abc`, or numbers too big for the database)."""
    match = _ID.match(word)
    return int(match.group(1)) if match else None
