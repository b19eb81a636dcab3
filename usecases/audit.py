"""Accountability: who did what to a session. Every use case that changes a session, reads
what its members wrote, or hands out a role writes it down with `note`; `/audit <code>
[page]` shows all of it, newest first, in pages (with the roles given to or taken from its
owner and team)."""

from __future__ import annotations

from typing import Any

import texts.organisers
from storage import members as member_store
from storage import teams
from storage.models import AuditEntry, CoSession, id_of
from usecases.access import session_in_reach
from usecases.context import Ctx
from usecases.paging import say_page
from usecases.parsing import parse_id
from usecases.roles import Role
from usecases.times import reader_time

ACTIONS = {
    "created": "created it",
    "opened": "opened it",
    "closed": "closed it",
    "reopened": "opened it again",
    "polled": "launched poll #{poll}",
    "poll_closed": "closed poll #{poll}",
    "poll_due": "closed poll #{poll} at its closing time",
    "broadcast": "sent a message to {members} member(s): “{text}”",
    "nudged": "reminded {members} member(s){poll}",
    "hid": "hid proposal #{proposal} ({reason})",
    "unhid": "showed proposal #{proposal} again",
    "outcome": "marked proposal #{proposal} {state} ({members} member(s) told)",
    "outcome_words": "changed the words of proposal #{proposal}'s outcome",
    "linked_group": "linked a group chat",
    "team_added": "added user {user} to the team as {role}",
    "team_removed": "took user {user} off the team ({role})",
    "team_invited": "made a link to join the team as {role}",
    "team_joined": "joined the team as {role} by a link",
    "exported": "exported it ({format})",
    "names_on": "let coordinators export members' names",
    "names_off": "stopped coordinators exporting members' names",
    "read": "read {what}",
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
    """/audit <code> [page]: everything about a session, newest first, for its team."""
    words = args.split()
    page = parse_id(words[1]) if len(words) == 2 else 1
    if not 1 <= len(words) <= 2 or page is None:
        ctx.say(texts.organisers.AUDIT_USAGE)
        return
    roles = (Role.ORGANISER, Role.COORDINATOR)
    cosession = session_in_reach(ctx, words[0], *roles, command="/audit")
    if cosession is None:
        return
    entries = _entries(ctx, cosession)
    head = texts.organisers.AUDIT_HEADER.format(title=cosession.title)
    lines = [_line(ctx, entry) for entry in entries]
    more = f"/audit {cosession.join_code}"
    say_page(ctx, cosession.title, more, head, lines, page, sep="\n")


def _entries(ctx: Ctx, cosession: CoSession) -> list[AuditEntry]:
    """The session's entries and the role changes of its owner and team, newest first."""
    sid = id_of(cosession)
    own = teams.audit_of(db=ctx.db, session_id=sid)
    team = {m.telegram_id for m in teams.team_of(db=ctx.db, session_id=sid)}
    were = {e.detail.get("user") for e in own if e.action.startswith("team_")}
    people = {cosession.created_by, *team, *(int(p) for p in were if isinstance(p, int))}
    roles = teams.role_changes_of(db=ctx.db, telegram_ids=people)
    return sorted([*own, *roles], key=lambda e: id_of(e), reverse=True)


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
