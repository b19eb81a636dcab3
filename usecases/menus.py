"""The command menu Telegram shows each person: members the default list (for everyone,
one per shipped language: Telegram shows the one of the person's app language), organisers,
coordinators and administrators one of their own, set for their chat in their language.
The menus come from the command catalogue (`Services.commands`), their words from
`texts.commands`. A use case that changes someone's roles says so (`Ctx.menus`); the shell
sets the menus after the commit (and all of them when the bot starts)."""

from __future__ import annotations

from storage import members as member_store
from storage import teams
from texts.i18n import LANGUAGES, speaking
from usecases.commands import group_menu, members_menu, menu_of
from usecases.context import Ctx
from usecases.languages import reader_language

Menu = list[tuple[str, str]]


def default_menus(ctx: Ctx) -> dict[str, Menu]:
    """The members' list in each shipped language, which everyone sees unless they have one
    of their own (English first: also for languages the bot does not speak)."""
    menus = {}
    for lang in LANGUAGES:
        with speaking(lang):
            menus[lang] = members_menu(ctx.services.commands)
    return menus


def groups_menus(ctx: Ctx) -> dict[str, Menu]:
    """The menu of group chats' administrators, in each shipped language: what acts in a
    group (/linkgroup)."""
    menus = {}
    for lang in LANGUAGES:
        with speaking(lang):
            menus[lang] = group_menu(ctx.services.commands)
    return menus


def menus_of(ctx: Ctx, telegram_ids: set[int]) -> dict[int, Menu | None]:
    """Each person's menu as their roles are now, in their language (None: the members'
    default list); only for those who wrote to the bot (a chat Telegram does not know has
    no menu: theirs is set when they first write)."""
    admins = ctx.services.admin_ids
    known = member_store.known_ids(db=ctx.db, telegram_ids=telegram_ids)
    menus = {}
    for user in sorted(known):
        bot_wide = member_store.roles_of(db=ctx.db, telegram_id=user, admin_ids=admins)
        roles = bot_wide | teams.team_roles(db=ctx.db, telegram_id=user)
        member = member_store.get_member(db=ctx.db, telegram_id=user)
        with speaking(reader_language(ctx, member)):
            menus[user] = menu_of(ctx.services.commands, roles, bot_wide)
    return menus


def everyone_with_a_menu(ctx: Ctx) -> set[int]:
    """Whoever may have a menu of their own: administrators, and anyone granted a role or
    on a session's team."""
    return set(ctx.services.admin_ids) | member_store.privileged_ids(db=ctx.db)
