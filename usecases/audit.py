"""Accountability: who did what to a session. Every use case that changes a session (or
hands out a role) writes it down with `note`; `/audit <code>` shows it."""

from __future__ import annotations

from typing import Any

import texts.organisers
from storage import members as member_store
from storage import teams
from storage.models import AuditEntry, id_of
from usecases.access import session_named
from usecases.context import Ctx
from usecases.roles import Role
from usecases.times import reader_time

ACTIONS = {
    "created": "created it",
    "opened": "opened it",
    "closed": "closed it",
    "reopened": "opened it again",
    "polled": "launched poll #{poll}",
    "poll_closed": "closed poll #{poll}",
    "broadcast": "sent a message to {members} member(s)",
    "nudged": "reminded {members} member(s){poll}",
    "hid": "hid proposal #{proposal} ({reason})",
    "unhid": "showed proposal #{proposal} again",
    "linked_group": "linked a group chat",
    "team_added": "added user {user} to the team as {role}",
    "team_removed": "took user {user} off the team ({role})",
    "exported": "exported it ({format})",
    "granted": "gave user {user} the {role} role",
    "revoked": "took the {role} role from user {user}",
}


def note(ctx: Ctx, session_id: int | None, action: str, **detail: Any) -> None:
    teams.record(
        db=ctx.db,
        session_id=session_id,
        actor_id=ctx.actor.telegram_id,
        action=action,
        now=ctx.now,
        detail=detail,
    )


def show(ctx: Ctx, args: str) -> None:
    """/audit <code>: the newest entries about a session, for its team."""
    cosession = session_named(ctx, args, Role.ORGANISER, Role.COORDINATOR, command="/audit")
    if cosession is None:
        return
    entries = teams.audit_of(db=ctx.db, session_id=id_of(cosession))
    lines = [texts.organisers.AUDIT_HEADER.format(title=cosession.title)]
    lines += [_line(ctx, entry) for entry in reversed(entries)]
    ctx.say("\n".join(lines))


def _line(ctx: Ctx, entry: AuditEntry) -> str:
    return texts.organisers.AUDIT_LINE.format(
        when=reader_time(ctx, entry.at), what=describe(ctx, entry)
    )


def describe(ctx: Ctx, entry: AuditEntry) -> str:
    """ "Olivia (9001) closed it" """
    what = ACTIONS.get(entry.action, entry.action).format_map(_Blank(entry.detail))
    return f"{who(ctx, entry.actor_id)} {what}"


def who(ctx: Ctx, telegram_id: int) -> str:
    """A person as the team knows them: their Telegram name and id."""
    if telegram_id == 0:
        return texts.organisers.SERVER
    member = member_store.get_member(db=ctx.db, telegram_id=telegram_id)
    if member is None or not member.display_name:
        return texts.organisers.USER.format(id=telegram_id)
    return f"{member.display_name} ({telegram_id})"


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""
