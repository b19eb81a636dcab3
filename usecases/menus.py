"""The command menu Telegram shows each person: members the default list (for everyone),
organisers, coordinators and administrators one of their own, set for their chat. A use
case that changes someone's roles says so (`Ctx.menus`); the shell sets the menus after the
commit (and all of them when the bot starts)."""

from __future__ import annotations

import texts.commands
from storage import members as member_store
from storage import teams
from usecases.context import Ctx

Menu = list[tuple[str, str]]
MEMBER = ("start", "help", "back", "skip", "proposals", "propose", "feedback", "pause",
          "resume", "timezone", "mydata", "forget")  # fmt: skip
COORDINATOR = ("sessions", "stats", "export", "answers", "results", "audit")
ORGANISER = ("sessions", "open", "close", "poll", "results", "closepoll", "broadcast", "nudge",
             "hide", "unhide", "stats", "export", "answers", "team", "audit")  # fmt: skip
CREATOR = ("newsession", "flows")  # organisers granted by an administrator create sessions
ADMIN = ("grant", "revoke")


def menu(names: tuple[str, ...]) -> Menu:
    return [(name, texts.commands.COMMANDS[name]) for name in dict.fromkeys(names)]


MEMBER_MENU = menu(MEMBER)


def menu_for(roles: set[str], team_roles: set[str]) -> Menu | None:
    """The menu for someone with these bot-wide roles (admin, organiser, coordinator) and
    roles on sessions' teams; None: the members' default list."""
    names: tuple[str, ...] = ()
    if "organiser" in roles:
        names += CREATOR
    if "organiser" in roles | team_roles:
        names += ORGANISER
    elif "coordinator" in roles | team_roles:
        names += COORDINATOR
    if "admin" in roles:
        names += ADMIN
    return menu((*MEMBER, *names)) if names else None


def menus_of(ctx: Ctx, telegram_ids: set[int]) -> dict[int, Menu | None]:
    """Each person's menu as their roles are now; only for those who wrote to the bot (a
    chat Telegram does not know has no menu: theirs is set when they first write)."""
    admins = ctx.services.admin_ids
    known = member_store.known_ids(db=ctx.db, telegram_ids=telegram_ids)
    return {
        user: menu_for(
            member_store.roles_of(db=ctx.db, telegram_id=user, admin_ids=admins),
            teams.team_roles(db=ctx.db, telegram_id=user),
        )
        for user in sorted(known)
    }


def everyone_with_a_menu(ctx: Ctx) -> set[int]:
    """Whoever may have a menu of their own: administrators, and anyone granted a role or
    on a session's team."""
    return set(ctx.services.admin_ids) | member_store.privileged_ids(db=ctx.db)
