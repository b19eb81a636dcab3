"""A session's team by link: `/team <code> invite <role>` gives a one-time link (a `?start=`
link, as members') that puts whoever opens it on the team; whoever joins or leaves a team
is told what they can now do."""

from __future__ import annotations

from datetime import timedelta

import texts.organisers
from storage import invites, teams
from storage.models import CoSession, Kind, TeamInvite, id_of
from usecases.audit import note, who
from usecases.commands import team_commands
from usecases.context import Ctx, Out
from usecases.languages import speaking_to_person

PREFIX = "team_"  # a join code has no "_": a /start payload with it is a team link
VALID = timedelta(days=7)


def invite(ctx: Ctx, cosession: CoSession, role: str) -> None:
    """The link, for the one asking to pass on (they may add that role: checked before)."""
    made = invites.create_invite(
        db=ctx.db, session_id=id_of(cosession), role=role, by=ctx.actor.telegram_id, now=ctx.now
    )
    note(ctx, cosession.id, "team_invited", role=role)
    ctx.say(
        texts.organisers.TEAM_INVITE.format(
            role=texts.organisers.A_ROLE[role],
            title=cosession.title,
            days=VALID.days,
            link=ctx.services.join_link(PREFIX + made.code),
        )
    )


def accept(ctx: Ctx, payload: str) -> None:
    """/start team_<code>: the one who opens the link joins the team, once."""
    link = invites.get_invite(db=ctx.db, code=payload.removeprefix(PREFIX))
    cosession = ctx.db.get(CoSession, link.session_id) if link is not None else None
    me = ctx.actor.telegram_id
    if link is None or cosession is None or link.created_at + VALID < ctx.now:
        ctx.say(texts.organisers.TEAM_LINK_EXPIRED)
    elif link.used_by is not None:
        ctx.say(texts.organisers.TEAM_LINK_USED)
    elif me == cosession.created_by:
        ctx.say(texts.organisers.TEAM_OWNER_STAYS.format(title=cosession.title))
    elif teams.team_role(db=ctx.db, session_id=link.session_id, telegram_id=me) == link.role:
        role = texts.organisers.A_ROLE[link.role]
        ctx.say(texts.organisers.TEAM_LINK_ALREADY.format(role=role, title=cosession.title))
    elif not invites.use_invite(db=ctx.db, invite=link, telegram_id=me, now=ctx.now):
        ctx.say(texts.organisers.TEAM_LINK_USED)
    else:
        _join(ctx, cosession, link)


def _join(ctx: Ctx, cosession: CoSession, link: TeamInvite) -> None:
    me, role = ctx.actor.telegram_id, link.role
    teams.put_on_team(
        db=ctx.db, session_id=id_of(cosession), telegram_id=me, role=role, by=link.created_by,
        now=ctx.now,
    )  # fmt: skip
    note(ctx, cosession.id, "team_joined", role=role)
    ctx.menus.add(me)
    a_role = texts.organisers.A_ROLE[role]
    ctx.say(
        texts.organisers.TEAM_YOU_JOINED.format(
            role=a_role, title=cosession.title, can=can_do(ctx, cosession, role)
        )
    )
    with speaking_to_person(ctx, link.created_by):
        opened = texts.organisers.TEAM_LINK_OPENED.format(
            who=who(ctx, me), role=texts.organisers.A_ROLE[role], title=cosession.title
        )
    tell(ctx, link.created_by, opened, f"team-link:{link.id}")


def can_do(ctx: Ctx, cosession: CoSession, role: str) -> str:
    commands = ", ".join(team_commands(ctx.services.commands, role))
    return texts.organisers.TEAM_CAN.format(commands=commands, code=cosession.join_code)


def tell(ctx: Ctx, telegram_id: int, text: str, key: str) -> None:
    """A message to someone about their place on a team (sent by the engagement loop)."""
    ctx.send(Out(text, chat_id=telegram_id, kind=Kind.NOTICE, dedupe_key=key))
