"""Member commands and messages: /help, /pause, /resume, answers, /back, /skip."""

from __future__ import annotations

from typing import Any

from telegram import Update

import dialogs
from bot import turn
from usecases import answer, members, messages


async def on_help(update: Update, context: Any) -> None:
    """List what this person may do."""
    await turn.run(update, context, members.show_help)


async def on_pause(update: Update, context: Any) -> None:
    """Stop reminders until /resume."""
    await turn.run(update, context, members.pause)


async def on_resume(update: Update, context: Any) -> None:
    """Turn reminders back on and show the waiting question."""
    await turn.run(update, context, members.resume)


async def on_timezone(update: Update, context: Any) -> None:
    """Choose the time zone quiet hours are kept in."""
    await turn.run(update, context, members.set_timezone, turn.command_args(update))


async def on_text(update: Update, context: Any) -> None:
    """A typed answer (to an organiser's guided form first, if one is open)."""
    await turn.run(update, context, messages.text_message, turn.text_of(update))


async def on_form_command(update: Update, context: Any) -> None:
    """/done and /cancel belong to a guided form; without one they are unknown."""
    await turn.run(update, context, messages.form_command, turn.text_of(update))


async def on_back(update: Update, context: Any) -> None:
    """Back to the previous question."""
    await turn.run(update, context, answer.answer, dialogs.CommandEvent("back"))


async def on_skip(update: Update, context: Any) -> None:
    """Skip an optional question."""
    await turn.run(update, context, answer.answer, dialogs.CommandEvent("skip"))


async def on_non_text(update: Update, context: Any) -> None:
    """A sticker, photo, voice note... where text is expected."""
    kind, _ = turn.incoming_text(update)
    await turn.run(update, context, answer.answer, dialogs.UnsupportedEvent(kind))


async def on_unknown_command(update: Update, context: Any) -> None:
    """A command the bot does not know."""
    await turn.run(update, context, messages.unknown_command, turn.text_of(update) or "/")


async def on_my_chat_member(update: Update, context: Any) -> None:
    """A member blocked or unblocked the bot in their private chat."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    blocked = change.new_chat_member.status in {"kicked", "left"}
    await turn.run(update, context, members.block_changed, blocked=blocked)


async def on_edited(update: Update, context: Any) -> None:
    """An edited message: edits are not read as answers; say how to change one."""
    await turn.run(update, context, messages.edited)
