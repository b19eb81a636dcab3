"""The one role check for admin commands and buttons."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update

from bot import texts
from bot.deps import deps
from bot.turn import Turn
from storage import members as member_store

Handler = Callable[[Update, Any], Awaitable[None]]


def roles_for(context: Any, telegram_id: int) -> set[str]:
    """Every role of a Telegram user, read in one query."""
    d = deps(context)
    with d.db.session() as db:
        return member_store.roles_of(db=db, telegram_id=telegram_id, admin_ids=d.settings.admin_ids)


def has_role(context: Any, telegram_id: int, role: str) -> bool:
    return role in roles_for(context, telegram_id)


def requires(*roles: str) -> Callable[[Handler], Handler]:
    """Run the handler only for users with one of the roles; tell others in one line."""

    def wrap(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(update: Update, context: Any) -> None:
            user = update.effective_user
            if user is not None and roles_for(context, user.id) & set(roles):
                await handler(update, context)
                return
            command = (update.effective_message.text or "").split()[0].split("@")[0]
            async with Turn.begin(update, context) as turn:
                turn.say(texts.NOT_ALLOWED.format(role=roles[0], command=command))

        return guarded

    return wrap
