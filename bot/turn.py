"""One update, one transaction: record what came in, apply, commit, and only then reply.

    async with Turn.begin(update, context) as turn:
        member = ...turn.db...
        turn.say(Out("Thanks!"))

On leaving the block without an error the incoming message, the handler's changes and
the mark "update applied" are committed together; then the queued replies are sent and
written to the transcript. On an error nothing is committed and nothing is sent.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session
from telegram import Update
from telegram.error import BadRequest, RetryAfter, TelegramError

from bot import render
from bot.deps import Deps, deps
from storage import dialog as dialog_store
from storage import members as member_store
from storage import outbox, transcript

log = logging.getLogger(__name__)


@dataclass
class Turn:
    update: Update
    d: Deps
    db: Session
    now: datetime
    chat_id: int
    session_id: int | None = None
    member_id: int | None = None
    step_id: str | None = None
    polarity: float | None = None
    subjectivity: float | None = None
    toast: str | None = None
    unrecorded: bool = False  # a tap in an anonymous poll: no transcript row can link it
    outbox: list[render.Out] = field(default_factory=list)
    edits: list[tuple[int, render.Out]] = field(default_factory=list)

    @classmethod
    @asynccontextmanager
    async def begin(cls, update: Update, context: Any) -> AsyncIterator[Turn]:
        d = deps(context)
        chat = update.effective_chat
        with d.db.session() as db:
            turn = cls(update=update, d=d, db=db, now=d.clock.now(), chat_id=chat.id if chat else 0)
            yield turn
            if not turn.unrecorded:
                turn._record_incoming()
            transcript.mark_update_processed(db=db, update_id=update.update_id, now=turn.now)
            db.commit()
        await turn._deliver(context)

    def say(self, out: render.Out | str) -> None:
        self.outbox.append(out if isinstance(out, render.Out) else render.Out(out))

    def edit(self, message_id: int, out: render.Out) -> None:
        self.edits.append((message_id, out))

    def in_session(self, session_id: int | None, member_id: int | None) -> None:
        self.session_id, self.member_id = session_id, member_id

    def _record_incoming(self) -> None:
        kind, text = incoming_text(self.update)
        transcript.record_message(
            db=self.db,
            chat_id=self.chat_id,
            direction="in",
            text=text,
            kind=kind,
            session_id=self.session_id,
            member_id=self.member_id,
            step_id=self.step_id,
            polarity=self.polarity,
            subjectivity=self.subjectivity,
            now=self.now,
            telegram_message_id=_message_id(self.update),
        )

    async def _deliver(self, context: Any) -> None:
        query = self.update.callback_query
        if query is not None:
            await _answer_query(query, self.toast)
        for message_id, out in self.edits:
            await render.edit(context.bot, self.chat_id, message_id, out)
        sent: list[tuple[render.Out, int | None]] = []
        outs = render.coalesce(self.outbox)
        for i, out in enumerate(outs):
            try:
                message = await render.send(context.bot, self.chat_id, out)
            except render.Blocked:
                self._mark_blocked()
                break
            except TelegramError as exc:  # what was committed stays; the replies go later
                log.warning("reply to update %s deferred: %s", self.update.update_id, exc)
                self._defer(outs[i:], first=i)
                break
            sent.append((out, message.message_id))
        if sent:
            self._record_outgoing(sent)

    def _defer(self, outs: list[render.Out], *, first: int) -> None:
        """Queue unsent replies in the outbox, so the scheduler sends them in order."""
        with self.d.db.transaction() as db:
            for n, out in enumerate(outs, start=first):
                outbox.enqueue(
                    db=db,
                    chat_id=self.chat_id,
                    kind="reply",
                    ref_id=self.update.update_id,
                    dedupe_key=f"reply:{self.update.update_id}:{n}",
                    text=out.text,
                    buttons=render.encoded_buttons(out),
                    now=self.d.clock.now(),
                    session_id=self.session_id,
                    member_id=self.member_id,
                )

    def _record_outgoing(self, sent: list[tuple[render.Out, int | None]]) -> None:
        now = self.d.clock.now()
        with self.d.db.transaction() as db:
            for out, message_id in sent:
                transcript.record_message(
                    db=db,
                    chat_id=self.chat_id,
                    direction="out",
                    text=out.text,
                    now=now,
                    session_id=self.session_id,
                    member_id=self.member_id,
                    step_id=out.step_id,
                    telegram_message_id=message_id,
                    meta=out.meta,
                )
                if out.question and message_id and self.session_id and self.member_id:
                    dialog_store.set_question_message(
                        db=db,
                        session_id=self.session_id,
                        member_id=self.member_id,
                        chat_id=self.chat_id,
                        message_id=message_id,
                    )

    def _mark_blocked(self) -> None:
        user = self.update.effective_user
        if user is None:
            return
        with self.d.db.transaction() as db:
            member_store.set_blocked(db=db, telegram_id=user.id, blocked=True)


async def _answer_query(query: Any, toast: str | None) -> None:
    try:
        await query.answer(toast)
    except (BadRequest, RetryAfter) as exc:  # too old, or flood: the tap was still handled
        log.info("callback answer skipped: %s", exc)


def incoming_text(update: Update) -> tuple[str, str]:
    """(kind, text) of what the user sent, for the transcript."""
    if update.callback_query is not None:
        return "button", update.callback_query.data or ""
    if update.my_chat_member is not None:
        return "membership", update.my_chat_member.new_chat_member.status
    message = update.effective_message
    if message is None:
        return "other", ""
    if message.text is not None:
        if update.edited_message is not None:
            return "edit", message.text
        return ("command" if message.text.startswith("/") else "text"), message.text
    for kind in ("sticker", "photo", "voice", "video", "document", "location", "contact"):
        if getattr(message, kind, None):
            return kind, message.caption or ""
    return "other", message.caption or ""


def _message_id(update: Update) -> int | None:
    message = update.effective_message
    return message.message_id if message is not None else None
