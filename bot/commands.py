"""Telegram's side of the command catalogue (`usecases.catalogue`): one handler per row,
made by one adapter, and the handlers for what is not a command (typed answers, other
messages, edits, taps, a member blocking the bot, a failure). Each turns the update into
plain values and hands them to `Turns.run` with the use case: nothing else happens here."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Iterable
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError
from telegram import Bot, Document, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

import dialogs
from bot import callbacks
from bot.intake import Intake
from bot.turn import Turns
from bot.updates import incoming_text, replied_to, text_of
from dialogs.loader import MAX_FLOW_BYTES
from usecases import answer, buttons, flow_files, members, messages, notices
from usecases.access import run_command
from usecases.commands import Command, Where

log = logging.getLogger(__name__)
Handler = Callable[[Update, Any], Coroutine[Any, Any, None]]
# new messages only: an edited message must not count as a new answer or command
PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


def register(
    app: Application[Any, Any, Any, Any, Any, Any],
    turns: Turns,
    intake: Intake,
    catalogue: Iterable[Command],
) -> None:
    """Every command of the catalogue, then what is not a command, then the error handler."""
    for command in catalogue:
        where = PRIVATE if command.where is Where.PRIVATE else filters.UpdateType.MESSAGE
        app.add_handler(CommandHandler(command.name, _command(turns, command), filters=where))
    edits = filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE
    app.add_handler(MessageHandler(edits, _edited(turns)))
    app.add_handler(MessageHandler(filters.COMMAND & PRIVATE, _unknown_command(turns)))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & PRIVATE, _text(turns)))
    app.add_handler(MessageHandler(filters.Document.ALL & PRIVATE, _document(turns)))
    other = PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL
    app.add_handler(MessageHandler(other, _non_text(turns)))
    app.add_handler(CallbackQueryHandler(_button(turns)))
    app.add_handler(ChatMemberHandler(_membership(turns), ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(_on_error(turns, intake))


def _command(turns: Turns, command: Command) -> Handler:
    async def on_command(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command of the catalogue: its arguments read as it declares, its roles checked
        by `access.run_command` before its use case runs."""
        args = command.arguments(text_of(update))
        await turns.run(update, run_command, command, *args, heavy=command.heavy)

    return on_command


def _text(turns: Turns) -> Handler:
    async def on_text(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """A typed answer (to an organiser's guided form first, if one is open)."""
        await turns.run(update, messages.text_message, text_of(update), reply_to=replied_to(update))

    return on_text


def _non_text(turns: Turns) -> Handler:
    async def on_non_text(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """A sticker, photo, voice note... where text is expected."""
        kind, _ = incoming_text(update)
        await turns.run(update, answer.answer, dialogs.UnsupportedEvent(kind))

    return on_non_text


def _document(turns: Turns) -> Handler:
    async def on_document(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """A file: an organiser's flow file is downloaded (a .yaml of at most
        MAX_FLOW_BYTES) and handed over as text; anyone else's file is never fetched."""
        document = update.effective_message.document if update.effective_message else None
        name = (document.file_name if document else None) or ""
        wanted = document is not None and turns.ask(update, flow_files.may_upload)
        text = await flow_text(update.get_bot(), document) if document and wanted else None
        await turns.run(update, flow_files.upload_flow, name, text)

    return on_document


async def flow_text(bot: Bot, document: Document) -> str | None:
    """The file's text if it may be a flow file (None: not one, too large, not UTF-8, or
    Telegram would not give it)."""
    name = (document.file_name or "").lower()
    if not name.endswith((".yaml", ".yml")) or (document.file_size or 0) > MAX_FLOW_BYTES:
        return None
    try:
        data = await (await bot.get_file(document.file_id)).download_as_bytearray()
    except TelegramError as exc:
        log.warning("could not download a flow file: %s", exc)
        return None
    if len(data) > MAX_FLOW_BYTES:
        return None
    try:
        return bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _unknown_command(turns: Turns) -> Handler:
    async def on_unknown_command(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command the bot does not know."""
        await turns.run(update, messages.unknown_command, text_of(update) or "/")

    return on_unknown_command


def _edited(turns: Turns) -> Handler:
    async def on_edited(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edited message: edits are not read as answers; say how to change one."""
        await turns.run(update, messages.edited)

    return on_edited


def _button(turns: Turns) -> Handler:
    async def on_button(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """A tap; forged or outdated data gets a short notice and changes nothing."""
        data = update.callback_query.data if update.callback_query else None
        action = callbacks.decode(data)
        heavy = action is not None and action.heavy
        await turns.run(update, buttons.press, data or "", action, heavy=heavy)

    return on_button


def _membership(turns: Turns) -> Handler:
    async def on_my_chat_member(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        """A member blocked or unblocked the bot in their private chat."""
        change = update.my_chat_member
        if change is None or change.chat.type != "private":
            return
        blocked = change.new_chat_member.status in {"kicked", "left"}
        await turns.run(update, members.block_changed, blocked=blocked)

    return on_my_chat_member


def is_transient(error: BaseException | None) -> bool:
    """Errors worth handling the same update again later: the database was unreachable."""
    if isinstance(error, OperationalError):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


def _on_error(
    turns: Turns, intake: Intake
) -> Callable[[object, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]:
    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Transient failures: keep the update for another try. Others: log, and say sorry
        through the queue like any reply."""
        error = context.error
        if isinstance(update, Update) and is_transient(error):
            log.warning(
                "database unavailable while handling update %s: %s; will retry",
                update.update_id,
                type(error).__name__,
            )
            intake.retry_later(update.update_id)
            return
        log.error("handler failed", exc_info=error)
        if isinstance(update, Update) and update.effective_chat is not None:
            await turns.notice(update, notices.sorry)

    return on_error
