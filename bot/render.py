"""From use-case `Out`s to queue rows and Telegram markup: HTML escaping, button encoding,
joining consecutive plain replies."""

from __future__ import annotations

import html
import uuid
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks
from storage.models import FILE_KINDS, PRIORITY_BACKGROUND, PRIORITY_REPLY, TURN_KINDS, Kind
from storage.outbox import Queued
from usecases.actions import Link
from usecases.context import Ctx, Out, Rows
from usecases.due import Ready

ANSWER_KINDS = (Kind.EDIT, *FILE_KINDS)
MAX_TEXT = 4096
JOIN_LIMIT = 4000


LINK_SCHEMES = ("https://", "http://", "tg://")  # callback data never starts so ("1:...")


def encoded(buttons: Rows) -> list[list[list[str]]]:
    """Buttons as stored in the queue: rows of [label, callback data], or [label, address]
    for a button that opens a link."""
    return [
        [[label[:64], action.url if isinstance(action, Link) else callbacks.encode(action)]
         for label, action in row]
        for row in buttons
    ]  # fmt: skip


def markup(rows: list[list[list[str]]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup([[_button(label, data) for label, data in row] for row in rows])


def keyboard(rows: list[list[list[str]]]) -> dict[str, Any] | None:
    """`markup` as the Bot API's JSON, for a request that is sent raw (`bot/delivery.py`):
    the same keyboard, without building PTB's objects to turn them back into JSON."""
    if not rows:
        return None
    return {
        "inline_keyboard": [
            [
                {"text": label, "url": data}
                if data.startswith(LINK_SCHEMES)
                else {"text": label, "callback_data": data}
                for label, data in row
            ]
            for row in rows
        ]
    }


def _button(label: str, data: str) -> InlineKeyboardButton:
    if data.startswith(LINK_SCHEMES):
        return InlineKeyboardButton(label, url=data)
    return InlineKeyboardButton(label, callback_data=data)


def as_html(text: str) -> str:
    text = text if len(text) <= MAX_TEXT - 20 else text[: MAX_TEXT - 21] + "…"
    return html.escape(text, quote=False) or "…"


def coalesce(outs: list[Out]) -> list[Out]:
    """Join consecutive replies without buttons: one request instead of two (Telegram's ~30
    messages a second is shared by every member). Messages with buttons stay apart, because
    answering one edits it and would erase whatever had been joined to it."""
    merged: list[Out] = []
    for out in outs:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == out.kind == Kind.REPLY
            and previous.chat_id == out.chat_id
            and not previous.buttons
            and not out.buttons
            and len(previous.text) + len(out.text) + 2 <= JOIN_LIMIT
        ):
            merged[-1] = out.but(text=f"{previous.text}\n\n{out.text}")
        else:
            merged.append(out)
    return merged


def queue_rows(ctx: Ctx, update_id: int | None) -> list[dict[str, Any]]:
    """The rows to queue for what the use case said: replies and edits to the actor's chat
    (about the session and member the update was about), background messages as addressed."""
    tag = str(update_id) if update_id is not None else uuid.uuid4().hex
    rows = []
    for n, out in enumerate(coalesce([_addressed(ctx, out) for out in ctx.outs])):
        own = out.kind in (*TURN_KINDS, Kind.EDIT)
        rows.append(
            {
                "chat_id": out.chat_id,
                "kind": out.kind,
                "text": out.text,
                "buttons": encoded(out.buttons),
                "edit_of": out.edit_of,
                "session_id": out.session_id,
                "member_id": out.member_id,
                "step_id": out.step_id,
                "ref_id": out.ref_id if not own else update_id,
                "meta": _meta(out, staff=ctx.about.staff and _to_actor(ctx, out)),
                "priority": PRIORITY_REPLY if own else PRIORITY_BACKGROUND,
                "dedupe_key": out.dedupe_key or f"{out.kind}:{tag}:{n}",
            }
        )
    return rows


def _meta(out: Out, *, staff: bool) -> dict[str, Any]:
    meta: dict[str, Any] = {"question": True} if out.question else {}
    if out.file is not None:
        meta["file"] = {"maker": out.file.maker, "params": dict(out.file.params)}
    if staff:
        meta["staff"] = True  # its transcript row stays out of exports
    return meta


def _to_actor(ctx: Ctx, out: Out) -> bool:
    """Is this the bot answering the actor in their chat (a reply, an edit, a file made for
    them), not a message to members that a team member's act sent out?"""
    return out.chat_id == ctx.actor.chat_id and out.kind in (*TURN_KINDS, *ANSWER_KINDS)


def _addressed(ctx: Ctx, out: Out) -> Out:
    if out.chat_id is not None:
        return out
    return out.but(
        chat_id=ctx.actor.chat_id,
        session_id=out.session_id or ctx.about.session_id,
        member_id=out.member_id or ctx.about.member_id,
    )


def composed(ready: Ready) -> Queued:
    """A row that fell due as it goes: a reprompt with the words and buttons composed for
    it just now (`usecases.due`)."""
    row, out = ready.row, ready.composed
    if out is None:
        return row
    meta = {**(row.meta or {}), "question": out.question}
    return row.but(text=out.text, buttons=encoded(out.buttons), meta=meta)
