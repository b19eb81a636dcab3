"""A command that names a session, typed without its code (`/stats`, `/close`, ...): the
sessions the person may use it on, as buttons; a tap runs the command with that session's
code, through the same role check as typing it (`access.run_command`), and the use case
checks the session again."""

from __future__ import annotations

import texts.organisers
from storage import sessions, teams
from usecases.access import Denied, Refusal, is_admin, may, refuse, run_command
from usecases.actions import PickSession
from usecases.context import Ctx, Out
from usecases.roles import Role

ALL = ("draft", "open", "closed")
# the commands that offer sessions: the roles they need in it, the statuses worth offering
PICKABLE: dict[str, tuple[tuple[Role, ...], tuple[str, ...]]] = {
    "stats": ((Role.ORGANISER, Role.COORDINATOR), ALL),
    "export": ((Role.ORGANISER, Role.COORDINATOR), ALL),
    "report": ((Role.ORGANISER, Role.COORDINATOR), ALL),
    "answers": ((Role.ORGANISER, Role.COORDINATOR), ALL),
    "segments": ((Role.ORGANISER, Role.COORDINATOR), ALL),
    "themes": ((Role.ORGANISER, Role.COORDINATOR), ALL),
    "funnel": ((Role.ORGANISER, Role.COORDINATOR), ALL),
    "reach": ((Role.ORGANISER, Role.COORDINATOR), ALL),
    "champions": ((Role.ORGANISER, Role.COORDINATOR), ALL),
    "close": ((Role.ORGANISER,), ("draft", "open")),
    "broadcast": ((Role.ORGANISER,), ("open",)),
    "nudge": ((Role.ORGANISER,), ("open",)),
    "pin": ((Role.ORGANISER,), ("draft", "open")),
}


def offer(ctx: Ctx, command: str) -> None:
    """Which session? The person's sessions the command works on, newest first."""
    roles, statuses = PICKABLE[command]
    mine = (
        None
        if is_admin(ctx)
        else teams.visible_session_ids(db=ctx.db, telegram_id=ctx.actor.telegram_id)
    )
    found = [
        s
        for s in sessions.newest_sessions(db=ctx.db, only=mine, statuses=statuses)
        if may(ctx, s, *roles)
    ]
    if not found:
        ctx.say(texts.organisers.PICK_NONE.format(command=f"/{command}"))
        return
    rows = tuple(
        ((f"{s.title[:40]} ({s.join_code})", PickSession(command, s.id or 0)),) for s in found
    )
    ctx.say(Out(texts.organisers.PICK_ASK.format(command=f"/{command}"), rows))


def picked(ctx: Ctx, action: PickSession) -> None:
    """A session chosen: the question keeps its words and shows the choice; the command
    runs as if typed with the code."""
    command = next((c for c in ctx.services.commands if c.name == action.command in PICKABLE), None)
    cosession = sessions.get_session(db=ctx.db, session_id=action.session_id)
    if command is None or cosession is None:
        refuse(ctx, Refusal(Denied.STALE))
        return
    run_command(ctx, command, cosession.join_code)
    if not ctx.refused:
        chosen = texts.organisers.PICKED.format(
            command=f"/{command.name}", title=cosession.title, code=cosession.join_code
        )
        ctx.edit(Out(chosen))
