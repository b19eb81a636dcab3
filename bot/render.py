"""Turn the engine's reply descriptions into Telegram text and keyboards, and send them."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from bot import callbacks

log = logging.getLogger(__name__)
MAX_TEXT = 4096


@dataclass(frozen=True)
class Out:
    """One message to send: plain text and rows of (label, action) buttons."""

    text: str
    buttons: tuple[tuple[tuple[str, callbacks.Action], ...], ...] = ()
    step_id: str | None = None
    question: bool = False  # remember it as the message asking the current question
    meta: dict[str, Any] = field(default_factory=dict)


def markup(out: Out) -> InlineKeyboardMarkup | None:
    if not out.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(label[:64], callback_data=callbacks.encode(action))
                for label, action in row
            ]
            for row in out.buttons
        ]
    )


def coalesce(outs: list[Out]) -> list[Out]:
    """Join consecutive messages without buttons: one request instead of two (Telegram's ~30
    messages a second is shared by every member). Messages with buttons stay apart, because
    answering one edits it and would erase whatever had been joined to it."""
    merged: list[Out] = []
    for out in outs:
        previous = merged[-1] if merged else None
        joined = previous and f"{previous.text}\n\n{out.text}"
        plain = previous and not previous.buttons and not out.buttons
        if plain and len(joined) <= 4000:
            merged[-1] = Out(
                joined, out.buttons, out.step_id, out.question, {**previous.meta, **out.meta}
            )
        else:
            merged.append(out)
    return merged


def encoded_buttons(out: Out) -> list[list[list[str]]]:
    """Buttons as stored in the outbox: rows of [label, callback data]."""
    return [
        [[label[:64], callbacks.encode(action)] for label, action in row] for row in out.buttons
    ]


def markup_from_encoded(rows: list[list[list[str]]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def as_html(text: str) -> str:
    text = text if len(text) <= MAX_TEXT - 20 else text[: MAX_TEXT - 21] + "…"
    return html.escape(text, quote=False) or "…"


def _retrying() -> AsyncRetrying:
    return AsyncRetrying(
        retry=retry_if_exception_type((TimedOut, NetworkError)),
        stop=stop_after_attempt(4),
        wait=wait_exponential(multiplier=0.5, max=8),
        reraise=True,
    )


class Blocked(Exception):
    """The user blocked the bot (403)."""


async def send(bot: Any, chat_id: int, out: Out) -> Message:
    """Send with retries on network errors; raises Blocked on 403."""
    return await send_text(bot, chat_id, out.text, markup(out))


async def send_text(
    bot: Any, chat_id: int, text: str, reply_markup: InlineKeyboardMarkup | None
) -> Message:
    try:
        async for attempt in _retrying():
            with attempt:
                return await bot.send_message(
                    chat_id, as_html(text), parse_mode=ParseMode.HTML, reply_markup=reply_markup
                )
    except Forbidden as exc:
        raise Blocked(str(exc)) from exc
    raise AssertionError("unreachable")


async def edit(bot: Any, chat_id: int, message_id: int, out: Out) -> None:
    """Replace a message's text and buttons; an unchanged or vanished message is fine."""
    try:
        async for attempt in _retrying():
            with attempt:
                await bot.edit_message_text(
                    as_html(out.text),
                    chat_id=chat_id,
                    message_id=message_id,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup(out),
                )
    except BadRequest as exc:
        log.info("edit skipped: %s", exc.message)
    except Forbidden:
        log.info("edit skipped: chat %s blocked the bot", chat_id)
    except RetryAfter:
        log.warning("edit dropped: Telegram asked to slow down")
    except NetworkError as exc:
        log.warning("edit dropped after retries: %s", exc)
