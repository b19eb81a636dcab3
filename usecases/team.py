"""Who may do what: a session's team (/team), and the bot-wide roles only administrators
hand out and take back (/grant, /revoke, and the same on the command line)."""

from __future__ import annotations

import texts.organisers
from storage import members as member_store
from storage import sessions, teams
from storage.models import ROLES, CoSession, id_of
from usecases.access import is_admin, session_in_reach
from usecases.audit import note, who
from usecases.context import Ctx
from usecases.languages import speaking_to_person
from usecases.parsing import parse_user_id
from usecases.roles import Role
from usecases.team_links import can_do, invite, tell


def grant(ctx: Ctx, args: str) -> bool:
    """/grant <user id> organiser|coordinator (administrators only); True if they have it."""
    parsed = _admin_args(args, texts.organisers.GRANT_USAGE, ctx)
    if parsed is None:
        return False
    user_id, role = parsed
    new = member_store.grant_role(
        db=ctx.db, telegram_id=user_id, role=role, granted_by=ctx.actor.telegram_id, now=ctx.now
    )
    if new:
        note(ctx, None, "granted", user=user_id, role=role)
        ctx.menus.add(user_id)
    ctx.say(
        (texts.organisers.GRANTED if new else texts.organisers.ALREADY_GRANTED).format(
            user_id=user_id, role=Role(role).noun
        )
    )
    return True


def revoke(ctx: Ctx, args: str) -> bool:
    """/revoke <user id> organiser|coordinator (administrators only): the bot-wide role and
    the same role on every session's team (each session's audit says so); True if done."""
    parsed = _admin_args(args, texts.organisers.REVOKE_USAGE, ctx)
    if parsed is None:
        return False
    user_id, role = parsed
    granted = member_store.revoke_role(db=ctx.db, telegram_id=user_id, role=role)
    seats = teams.take_role_off_teams(db=ctx.db, telegram_id=user_id, role=role)
    if not granted and not seats:
        ctx.say(texts.organisers.NOT_GRANTED.format(user_id=user_id, role=Role(role).noun))
        return False
    note(ctx, None, "revoked", user=user_id, role=role, sessions=len(seats))
    for session_id in seats:
        note(ctx, session_id, "team_removed", user=user_id, role=role)
    ctx.menus.add(user_id)
    text = texts.organisers.REVOKED.format(user_id=user_id, role=Role(role).noun)
    if seats:
        text += texts.organisers.REVOKED_TEAMS.format(n=len(seats))
    ctx.say(text)
    return True


def _admin_args(args: str, usage: str, ctx: Ctx) -> tuple[int, str] | None:
    words = args.split()
    user_id = parse_user_id(words[0]) if len(words) == 2 else None
    if user_id is None or words[1].lower() not in ROLES:
        ctx.say(usage)
        return None
    return user_id, words[1].lower()


def team(ctx: Ctx, args: str) -> None:
    """/team <code> [add <user id> <role> | remove <user id> | invite <role> | names on|off]:
    see or change who runs a session. Organisers add and remove coordinators, and decide
    whether the coordinators may export members' names; only the owner (or an
    administrator) adds and removes organisers, by id or by a one-time link."""
    words = args.split()
    if not words or len(words) > 4:
        ctx.say(texts.organisers.TEAM_USAGE)
        return
    cosession = session_in_reach(ctx, words[0], Role.ORGANISER, command="/team")
    if cosession is None:
        return
    if len(words) == 1:
        _show(ctx, cosession)
        return
    if words[1].lower() == "names" and len(words) == 3 and words[2].lower() in NAMES:
        _names(ctx, cosession, NAMES[words[2].lower()])
        return
    user_id = parse_user_id(words[2]) if len(words) >= 3 else None
    action, role = words[1].lower(), (words[3].lower() if len(words) == 4 else "")
    if action == "invite" and len(words) == 3 and words[2].lower() in ROLES:
        if _may_change(ctx, cosession, words[2].lower()):
            invite(ctx, cosession, words[2].lower())
    elif action == "add" and user_id is not None and role in ROLES:
        _add(ctx, cosession, user_id, role)
    elif action == "remove" and user_id is not None and len(words) == 3:
        _remove(ctx, cosession, user_id)
    else:
        ctx.say(texts.organisers.TEAM_USAGE)


NAMES = {"on": True, "off": False}


def _names(ctx: Ctx, cosession: CoSession, allowed: bool) -> None:
    """/team <code> names on|off: may the session's coordinators export members' names
    (organisers always may); audited."""
    if sessions.set_names_for_coordinators(db=ctx.db, cosession=cosession, allowed=allowed):
        note(ctx, cosession.id, "names_on" if allowed else "names_off")
    template = texts.organisers.NAMES_ON if allowed else texts.organisers.NAMES_OFF
    ctx.say(template.format(title=cosession.title))


def _show(ctx: Ctx, cosession: CoSession) -> None:
    lines = [texts.organisers.TEAM_HEADER.format(title=cosession.title)]
    lines.append(texts.organisers.TEAM_OWNER.format(who=who(ctx, cosession.created_by)))
    for member in teams.team_of(db=ctx.db, session_id=id_of(cosession)):
        lines.append(
            texts.organisers.TEAM_LINE.format(
                who=who(ctx, member.telegram_id), role=Role(member.role).noun
            )
        )
    allowed = cosession.names_for_coordinators
    lines.append(texts.organisers.TEAM_NAMES_ON if allowed else texts.organisers.TEAM_NAMES_OFF)
    ctx.say("\n".join(lines))


def _may_change(ctx: Ctx, cosession: CoSession, role: str | None) -> bool:
    """Organisers change coordinators; organisers are the owner's (or an admin's) to change."""
    owner = is_admin(ctx) or cosession.created_by == ctx.actor.telegram_id
    if role == Role.ORGANISER and not owner:
        ctx.say(texts.organisers.TEAM_OWNER_ONLY.format(title=cosession.title))
        return False
    return True


def _add(ctx: Ctx, cosession: CoSession, user_id: int, role: str) -> None:
    person = who(ctx, user_id)
    current = teams.team_role(db=ctx.db, session_id=id_of(cosession), telegram_id=user_id)
    if user_id == cosession.created_by:
        ctx.say(texts.organisers.TEAM_OWNER_STAYS.format(title=cosession.title))
    elif _may_change(ctx, cosession, role) and _may_change(ctx, cosession, current):
        changed = teams.put_on_team(
            db=ctx.db, session_id=id_of(cosession), telegram_id=user_id, role=role,
            by=ctx.actor.telegram_id, now=ctx.now,
        )  # fmt: skip
        if changed:
            note(ctx, cosession.id, "team_added", user=user_id, role=role)
            ctx.menus.add(user_id)
            _tell_added(ctx, cosession, user_id, role)
        template = texts.organisers.TEAM_ADDED if changed else texts.organisers.TEAM_ALREADY
        a_role = texts.organisers.A_ROLE[role]
        ctx.say(template.format(who=person, role=a_role, title=cosession.title))


def _tell_added(ctx: Ctx, cosession: CoSession, user_id: int, role: str) -> None:
    with speaking_to_person(ctx, user_id):
        text = texts.organisers.TEAM_YOU_ADDED.format(
            by=who(ctx, ctx.actor.telegram_id),
            role=texts.organisers.A_ROLE[role],
            title=cosession.title,
            can=can_do(ctx, cosession, role),
        )
    tell(ctx, user_id, text, f"team:{cosession.id}:{user_id}:{role}:{ctx.now.isoformat()}")


def _remove(ctx: Ctx, cosession: CoSession, user_id: int) -> None:
    person = who(ctx, user_id)
    current = teams.team_role(db=ctx.db, session_id=id_of(cosession), telegram_id=user_id)
    if user_id == cosession.created_by:
        ctx.say(texts.organisers.TEAM_OWNER_STAYS.format(title=cosession.title))
    elif current is None:
        ctx.say(texts.organisers.TEAM_NOT_ON.format(who=person, title=cosession.title))
    elif _may_change(ctx, cosession, current):
        teams.take_off_team(db=ctx.db, session_id=id_of(cosession), telegram_id=user_id)
        note(ctx, cosession.id, "team_removed", user=user_id, role=current)
        ctx.menus.add(user_id)
        ctx.say(texts.organisers.TEAM_REMOVED.format(who=person, title=cosession.title))
        with speaking_to_person(ctx, user_id):
            text = texts.organisers.TEAM_YOU_REMOVED.format(
                by=who(ctx, ctx.actor.telegram_id), title=cosession.title
            )
        tell(ctx, user_id, text, f"team:{cosession.id}:{user_id}:off:{ctx.now.isoformat()}")
