"""One update, one use case, one transaction; the replies go out only after the commit.

    await turn.run(update, context, proposals.propose, text)

The update is claimed as applied, the incoming message joins the transcript, the use
case runs, and what it says is queued: all in one transaction (a transactional outbox).
Only after the commit is the tap answered and are the replies handed to the sender
(`bot/delivery.py`), which sends them in the chat's lane while this update's lane moves
on; a reply Telegram refuses for now stays queued and the dispatcher sends it later, and
one a crash left unsent goes when the bot starts again. A use case that read a member's dialog
state someone else changed meanwhile is run again from a fresh read.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from telegram import Update

from bot.deps import Call, deps
from bot.intake import lane_of
from dialogs.text import clean
from storage import transcript
from storage.dialog import StaleDialog
from storage.models import Kind
from storage.sql import lock_chat
from usecases.context import Actor, Ctx

log = logging.getLogger(__name__)
ATTEMPTS = 3


def actor_of(update: Update) -> Actor:
    user, chat = update.effective_user, update.effective_chat
    return Actor(
        telegram_id=user.id if user else 0,
        chat_id=chat.id if chat else 0,
        chat_type=chat.type if chat else "private",
        display_name=clean(user.full_name) if user else "",
        username=clean(user.username) or None if user else None,
        language=clean(user.language_code) or None if user else None,
    )


def text_of(update: Update) -> str:
    """What the person typed (or captioned), cleaned as all text is before it goes on
    (`dialogs.text.clean`): normalised, no NUL, no invisible or disguising characters."""
    message = update.effective_message
    return clean((message.text or message.caption) if message else "")


async def run(
    update: Update,
    context: Any,
    usecase: Callable[..., Any],
    *args: Any,
    heavy: bool = False,
    **kwargs: Any,
) -> None:
    """Apply `usecase(ctx, *args, **kwargs)` for this update; see the module's docstring.

    `heavy`: a use case that may take seconds (a session's stats, erasing a member from a
    large session) runs in a worker thread, so that meanwhile the event loop keeps taking
    and answering everyone else's updates (its own chat waits: it is in the chat's lane).
    On SQLite, which has one writer at a time, the others' updates still wait for its
    transaction; on PostgreSQL they do not."""
    d = deps(context)
    query = update.callback_query
    tapped = query.message.message_id if query is not None and query.message else None
    if tapped is not None and d.sender.unrecorded:
        d.sender.flush()  # the tapped message may be one whose sending is not recorded yet
    apply = partial(_apply, d, update, tapped, usecase, args, kwargs)
    call = await asyncio.to_thread(apply) if heavy else apply()
    if call is not None:
        await _deliver(d, context.bot, update, call)


def _apply(
    d: Any,
    update: Update,
    tapped: int | None,
    usecase: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Call | None:
    """The update's transaction; None if it was applied before."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with d.run(actor_of(update), update_id=update.update_id, tapped=tapped) as call:
                if d.settings.webhook_url is not None:  # other processes may take this chat's
                    lock_chat(call.ctx.db, lane_of(update))  # updates: one at a time
                if not transcript.claim_update(
                    db=call.ctx.db, update_id=update.update_id, now=call.ctx.now
                ):
                    return None  # applied before (a redelivery, or another process)
                usecase(call.ctx, *args, **kwargs)
                if call.ctx.refused and not call.ctx.actor.private:
                    _quiet_in_groups(d, call.ctx)
                if not call.ctx.unrecorded:
                    _record_incoming(call.ctx, update)
            return call
        except StaleDialog:
            if attempt == ATTEMPTS:
                raise
            log.info("update %s raced another for the same member; again", update.update_id)
    return None


async def _deliver(d: Any, bot: Any, update: Update, call: Call) -> None:
    """Everything goes out in the chat's sending lane, the tap's answer first; this
    update's lane moves on meanwhile."""
    query = update.callback_query
    if query is not None:
        d.sender.answer(call.ctx.actor.chat_id, query, call.ctx.toast)
    if call.claimed:
        d.sender.submit(call.claimed)
    d.menus.later(bot, call.ctx.menus)  # someone's roles changed: their command menu


def _quiet_in_groups(d: Any, ctx: Ctx) -> None:
    """In a group the bot answers what concerns it; a refusal there (a stranger's
    /linkgroup) is said once in a while, not to every attempt."""
    if not d.group_refusals.admits(ctx.actor.chat_id):
        ctx.outs = [out for out in ctx.outs if out.kind != Kind.REPLY]


def _record_incoming(ctx: Ctx, update: Update) -> None:
    kind, text = incoming_text(update)
    message = update.effective_message
    transcript.record_message(
        db=ctx.db,
        chat_id=ctx.actor.chat_id,
        direction="in",
        text=text,
        kind=kind,
        session_id=ctx.about.session_id,
        member_id=ctx.about.member_id,
        step_id=ctx.about.step_id,
        polarity=ctx.about.polarity,
        subjectivity=ctx.about.subjectivity,
        now=ctx.now,
        telegram_message_id=message.message_id if message is not None else None,
    )


def incoming_text(update: Update) -> tuple[str, str]:
    """(kind, text) of what the user sent, for the transcript."""
    if update.callback_query is not None:
        return "button", clean(update.callback_query.data)
    if update.my_chat_member is not None:
        return "membership", update.my_chat_member.new_chat_member.status
    message = update.effective_message
    if message is None:
        return "other", ""
    if message.text is not None:
        text = clean(message.text)
        if update.edited_message is not None:
            return "edit", text
        return ("command" if text.startswith("/") else "text"), text
    for kind in ("sticker", "photo", "voice", "video", "document", "location", "contact"):
        if getattr(message, kind, None):
            return kind, clean(message.caption)
    return "other", clean(message.caption)


def command_args(update: Update) -> str:
    """Everything after the command word, as typed (keeps the organiser's spacing)."""
    parts = text_of(update).split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""
