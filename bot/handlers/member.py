"""Member commands and messages: /help, /pause, /resume, answers, /back, /skip."""

from __future__ import annotations

from typing import Any

from telegram import Update

import dialogs
from bot import flowrun, texts
from bot.callbacks import FlowButton
from bot.handlers.common import active_place, current_member
from bot.handlers.polls import continue_form
from bot.roles import roles_for
from bot.turn import Turn, incoming_text
from storage import members as member_store


async def on_help(update: Update, context: Any) -> None:
    """List what this person may do."""
    roles = roles_for(context, update.effective_user.id)
    parts = [texts.HELP_MEMBER]
    if "organiser" in roles:
        parts.append(texts.HELP_ORGANISER)
    if "coordinator" in roles:
        parts.append(texts.HELP_COORDINATOR)
    async with Turn.begin(update, context) as turn:
        current_member(turn)
        turn.say("\n\n".join(parts))


async def on_pause(update: Update, context: Any) -> None:
    """Stop reminders until /resume."""
    async with Turn.begin(update, context) as turn:
        member = current_member(turn)
        active_place(turn, member)
        turn.say(texts.ALREADY_PAUSED if member.paused else texts.PAUSED)
        member_store.set_paused(db=turn.db, member=member, paused=True)


async def on_resume(update: Update, context: Any) -> None:
    """Turn reminders back on and show the waiting question."""
    async with Turn.begin(update, context) as turn:
        member = current_member(turn)
        was_paused = member.paused
        member_store.set_paused(db=turn.db, member=member, paused=False)
        turn.say(texts.RESUMED if was_paused else texts.NOT_PAUSED)
        place = active_place(turn, member)
        if place and place.participation.consented_at and place.cosession.status == "open":
            flowrun.show_current(turn, place.flow, place.cosession, member)


async def on_text(update: Update, context: Any) -> None:
    """A typed answer (to an organiser's guided form first, if one is open)."""
    if await continue_form(update, context):
        return
    await _to_engine(update, context, dialogs.TextEvent(update.effective_message.text or ""))


async def on_form_command(update: Update, context: Any) -> None:
    """/done and /cancel belong to a guided form; without one they are unknown."""
    if not await continue_form(update, context):
        await on_unknown_command(update, context)


async def on_back(update: Update, context: Any) -> None:
    """Back to the previous question."""
    await _to_engine(update, context, dialogs.CommandEvent("back"))


async def on_skip(update: Update, context: Any) -> None:
    """Skip an optional question."""
    await _to_engine(update, context, dialogs.CommandEvent("skip"))


async def on_non_text(update: Update, context: Any) -> None:
    """A sticker, photo, voice note... where text is expected."""
    kind, _ = incoming_text(update)
    await _to_engine(update, context, dialogs.UnsupportedEvent(kind))


async def on_flow_button(update: Update, context: Any, action: FlowButton) -> None:
    """A tap on a question's button, checked against the member's own session and step."""
    message_id = update.callback_query.message.message_id
    event = dialogs.ButtonEvent(action.step_id, action.value)
    await _to_engine(update, context, event, session_id=action.session_id, message_id=message_id)


async def _to_engine(
    update: Update,
    context: Any,
    event: Any,
    *,
    session_id: int | None = None,
    message_id: int | None = None,
) -> None:
    async with Turn.begin(update, context) as turn:
        member = current_member(turn)
        place = active_place(turn, member)
        if place is None or (session_id is not None and place.cosession.id != session_id):
            _outside(turn, session_id)
        elif place.participation.consented_at is None:
            turn.say(texts.CONSENT_PENDING)
        elif place.cosession.status != "open":
            _closed(turn, place.cosession.title, session_id)
        else:
            flowrun.run_event(
                turn,
                place.flow,
                place.cosession,
                member,
                place.participation,
                event,
                button_message_id=message_id,
            )


def _outside(turn: Turn, session_id: int | None) -> None:
    if session_id is not None:
        turn.toast = texts.STALE_BUTTON
    elif incoming_text(turn.update)[0] in {"text", "command"}:
        turn.say(texts.NOT_IN_SESSION)
    else:
        turn.say(texts.NON_TEXT_OUTSIDE_FLOW)


def _closed(turn: Turn, title: str, session_id: int | None) -> None:
    if session_id is not None:
        turn.toast = texts.SESSION_NOT_OPEN_BUTTON
    else:
        turn.say(texts.SESSION_CLOSED.format(title=title))


async def on_unknown_command(update: Update, context: Any) -> None:
    """A command the bot does not know."""
    command = (update.effective_message.text or "/").split()[0].split("@")[0][:40]
    async with Turn.begin(update, context) as turn:
        current_member(turn)
        turn.say(texts.UNKNOWN_COMMAND.format(command=command))


async def on_my_chat_member(update: Update, context: Any) -> None:
    """A member blocked or unblocked the bot in their private chat."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    blocked = change.new_chat_member.status in {"kicked", "left"}
    async with Turn.begin(update, context) as turn:
        current_member(turn)
        member_store.set_blocked(db=turn.db, telegram_id=change.chat.id, blocked=blocked)


async def on_edited(update: Update, context: Any) -> None:
    """An edited message: edits are not read as answers; say how to change one."""
    async with Turn.begin(update, context) as turn:
        member = current_member(turn)
        active_place(turn, member)
        turn.say(texts.EDIT_IGNORED)
