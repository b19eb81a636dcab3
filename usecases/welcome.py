"""A plain /start from someone who runs or reads sessions (and is not in the middle of
one as a member): greeted as what they are, with their newest sessions and what they can
do next, rather than with the members' "open the link your organiser shared"."""

from __future__ import annotations

import texts.organisers
from storage import sessions, teams
from usecases.access import is_admin
from usecases.context import Ctx
from usecases.roles import Role

SHOWN = 5  # sessions listed; /sessions has them all


def greet_staff(ctx: Ctx) -> None:
    roles = ctx.roles()
    organiser = bool({Role.ADMIN, Role.ORGANISER} & roles)
    visible = (
        None
        if is_admin(ctx)
        else teams.visible_session_ids(db=ctx.db, telegram_id=ctx.actor.telegram_id)
    )
    found = sessions.list_sessions(db=ctx.db, only=visible, limit=SHOWN + 1)
    name = ctx.actor.display_name or texts.organisers.THERE
    head = texts.organisers.HELLO_ORGANISER if organiser else texts.organisers.HELLO_COORDINATOR
    lines = [head.format(name=name)]
    if found:
        lines += ["", texts.organisers.HELLO_SESSIONS]
        lines += [
            texts.organisers.HELLO_SESSION_LINE.format(
                title=s.cosession.title,
                code=s.cosession.join_code,
                status=texts.organisers.STATUS_WORDS.get(s.cosession.status, s.cosession.status),
                joined=s.joined,
            )
            for s in found[:SHOWN]
        ]
        if len(found) > SHOWN:
            lines.append(texts.organisers.HELLO_MORE)
    elif organiser:
        lines += ["", texts.organisers.HELLO_NO_SESSIONS]
    lines += ["", texts.organisers.HELLO_NEXT if organiser else texts.organisers.HELLO_NEXT_READER]
    ctx.say("\n".join(lines))
