"""What happens when a handler fails."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError
from telegram import Update
from telegram.error import TelegramError

import texts.shell
from bot.deps import deps

log = logging.getLogger(__name__)


def is_transient(error: BaseException | None) -> bool:
    """Errors worth handling the same update again later: the database was unreachable."""
    if isinstance(error, OperationalError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


async def on_error(update: object, context: Any) -> None:
    """Transient failures: keep the update for another try. Others: log and say sorry."""
    error = context.error
    if isinstance(update, Update) and is_transient(error):
        log.warning(
            "database unavailable while handling update %s: %s; will retry",
            update.update_id,
            type(error).__name__,
        )
        deps(context).retry_updates.add(update.update_id)
        return
    log.error("handler failed", exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(texts.shell.BUSY_RETRY)
        else:
            await context.bot.send_message(update.effective_chat.id, texts.shell.BUSY_RETRY)
    except TelegramError as exc:
        log.warning("could not tell the user about the failure: %s", exc)
