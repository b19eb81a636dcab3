"""Telegram's side of the command catalogue (`usecases.catalogue`): one handler for all its
rows, which finds the command by name, and the handlers for what is not a command (typed
answers, other messages, edits, taps, a member blocking the bot, a failure). Each turns the
update into plain values and hands them to `Turns.run` with the use case: nothing else
happens here."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Iterable
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError
from telegram import Bot, Document, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
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
    """A tap first (the commonest update), every command of the catalogue, then what is
    not a command, then the error handler."""
    app.add_handler(CallbackQueryHandler(_button(turns)))
    app.add_handler(Catalogue(turns, catalogue))
    edits = filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE
    app.add_handler(MessageHandler(edits, _edited(turns)))
    app.add_handler(MessageHandler(filters.COMMAND & PRIVATE, _unknown_command(turns)))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & PRIVATE, _text(turns)))
    app.add_handler(MessageHandler(filters.Document.ALL & PRIVATE, _document(turns)))
    other = PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL
    app.add_handler(MessageHandler(other, _non_text(turns)))
    app.add_handler(ChatMemberHandler(_membership(turns), ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(_on_error(turns, intake))


class Catalogue(BaseHandler[Update, Any, None]):
    """Every command of the catalogue in one handler: the command is read from the message
    once and found by name (a `CommandHandler` each, some forty of them, would each read
    every update, a tap included). It matches as `CommandHandler` does: a new message
    starting with /name or /name@this_bot, in a private chat only where the command says
    so. Its arguments are read as the command declares, and its roles checked by
    `access.run_command` before its use case runs."""

    def __init__(self, turns: Turns, catalogue: Iterable[Command]) -> None:
        super().__init__(self._unused)
        self.turns = turns
        self.commands = {command.name.lower(): command for command in catalogue}

    def check_update(self, update: object) -> Command | bool | None:
        if not isinstance(update, Update) or update.message is None:
            return None  # an edited message is no command (`_edited`)
        message = update.message
        entities, text = message.entities, message.text
        if not entities or not text:
            return None
        first = entities[0]
        if first.type != MessageEntity.BOT_COMMAND or first.offset != 0:
            return None
        name, _, addressed = text[1 : first.length].partition("@")
        if addressed and addressed.lower() != (message.get_bot().username or "").lower():
            return None  # another bot's command
        command = self.commands.get(name.lower())
        if command is None:
            return None  # an unknown command: `_unknown_command`, in a private chat
        if command.where is Where.PRIVATE and message.chat.type != ChatType.PRIVATE:
            return False
        return command

    async def handle_update(
        self,
        update: Update,
        application: Application[Any, Any, Any, Any, Any, Any],
        check_result: object,
        context: Any,
    ) -> None:
        assert isinstance(check_result, Command)
        args = check_result.arguments(text_of(update))
        await self.turns.run(update, run_command, check_result, *args, heavy=check_result.heavy)

    @staticmethod
    async def _unused(update: Update, context: Any) -> None:  # handle_update is the callback
        raise NotImplementedError


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
