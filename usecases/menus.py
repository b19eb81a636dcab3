"""The command menu Telegram shows each person: members the default list (for everyone),
organisers, coordinators and administrators one of their own, set for their chat. The
menus come from the command catalogue (`Services.commands`). A use case that changes
someone's roles says so (`Ctx.menus`); the shell sets the menus after the commit (and all
of them when the bot starts)."""

from __future__ import annotations

from storage import members as member_store
from storage import teams
from usecases.commands import group_menu, members_menu, menu_of
from usecases.context import Ctx

Menu = list[tuple[str, str]]


def default_menu(ctx: Ctx) -> Menu:
    """The members' list, which everyone sees unless they have one of their own."""
    return members_menu(ctx.services.commands)


def groups_menu(ctx: Ctx) -> Menu:
    """The menu of group chats' administrators: what acts in a group (/linkgroup)."""
    return group_menu(ctx.services.commands)


def menus_of(ctx: Ctx, telegram_ids: set[int]) -> dict[int, Menu | None]:
    """Each person's menu as their roles are now (None: the members' default list); only
    for those who wrote to the bot (a chat Telegram does not know has no menu: theirs is
    set when they first write)."""
    admins = ctx.services.admin_ids
    known = member_store.known_ids(db=ctx.db, telegram_ids=telegram_ids)
    menus = {}
    for user in sorted(known):
        bot_wide = member_store.roles_of(db=ctx.db, telegram_id=user, admin_ids=admins)
        roles = bot_wide | teams.team_roles(db=ctx.db, telegram_id=user)
        menus[user] = menu_of(ctx.services.commands, roles, bot_wide)
    return menus


def everyone_with_a_menu(ctx: Ctx) -> set[int]:
    """Whoever may have a menu of their own: administrators, and anyone granted a role or
    on a session's team."""
    return set(ctx.services.admin_ids) | member_store.privileged_ids(db=ctx.db)
