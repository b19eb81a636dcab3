"""The one sender: every message the bot sends is a queue row that goes out through
`Sender`, which owns every retry and records what became of each row.

Rows go out in lanes, one per chat (`bot/lanes.py`): a chat's rows in the order they
were queued, different chats side by side, so one chat's wait (Telegram's per-chat limit,
a 429, a slow answer) holds up no one else. A reply is handed over right after the
commit of the update that produced it and the handler does not wait for it; what became
of the rows is written by the next update's transaction (`take`, `record`: `bot/turn.py`),
or, if none comes within a tenth of a second, in one shared transaction (a group commit):
sends cost no commit of their own.

- sent: the row is marked sent and the message joins the transcript (one function);
- an edit that would change nothing is not even queued where the bot can know
  (`bot/deps.py`); should one reach Telegram, its 400 "message is not modified" counts as
  sent; an edit of a message that is gone is dropped quietly; an `amend` (an edit sent
  later, of a message sent earlier) goes the same way;
- 403: the member blocked the bot; it is recorded and nothing more goes to that chat;
- 429 and 5xx: the row waits (Telegram's `retry_after`, else the back-off) and the chat's
  later rows wait behind it, so the order holds; after the last attempt it has failed;
- a time-out or broken connection may or may not have delivered: what is owed is tried
  again, a reprompt (at most once) is not;
- any other 400 will not get better by repeating it: failed at once, never retried;
- a reply whose very same text and buttons wait behind it in the chat's lane is dropped
  (someone who sent a dozen messages in a second gets the question once, not a dozen
  times a second apart under Telegram's per-chat limit).
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from sqlmodel import Session
from telegram import CallbackQuery
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import ExtBot
from telegram.warnings import PTBUserWarning

from bot.clock import Clock
from bot.lanes import Lanes
from bot.policy import Policies
from bot.render import as_html, keyboard
from storage import members as member_store
from storage import outbox
from storage.db import Database
from storage.models import BACKGROUND_KINDS, EDIT_KINDS, FILE_KINDS, Kind, State
from storage.outbox import Queued

log = logging.getLogger(__name__)
# sends and edits are asked for raw (`_call`): PTB would rather its methods were used
warnings.filterwarnings(
    "ignore", message="Please use 'Bot.(sendMessage|editMessageText)'", category=PTBUserWarning
)


class Outcome(StrEnum):
    """What became of one try of a row."""

    SENT = "sent"
    RETRY = "retry"  # Telegram said wait, or failed before carrying it out
    UNSURE = "unsure"  # it may have been carried out (timed out, the connection broke)
    BLOCKED = "blocked"  # the member blocked the bot
    REFUSED = "refused"  # a bad request: never again
    HELD = "held"  # behind a row of its chat that stopped
    DROPPED = "dropped"  # the same reply waits behind it


@dataclass(frozen=True)
class Result:
    row: Queued
    outcome: Outcome
    message_id: int | None = None
    wait: float | None = None  # retry: Telegram's own wait, if it said
    error: str = ""


async def attempt(
    bot: ExtBot[Any], row: Queued, before: Callable[[], None] | None = None
) -> Result:
    """Try one row once; classify what Telegram answered. `before` runs just before the
    request goes (after any wait for Telegram's limits)."""
    limits: dict[str, Any] = {}
    if getattr(bot, "rate_limiter", None) is not None:  # replies go before background
        # what goes to a group (a refusal to a stranger there, mostly) never competes
        # with a member's reply in a private chat for the overall budget
        background = row.kind in BACKGROUND_KINDS or row.kind in FILE_KINDS or row.chat_id < 0
        limits = {"rate_limit_args": {"background": background, "before": before}}
    elif before is not None:
        before()
    try:
        if row.kind in FILE_KINDS:
            return Result(row, Outcome.SENT, await _send_file(bot, row, limits))
        if row.kind in EDIT_KINDS:
            await _call(bot, "editMessageText", limits, chat_id=row.chat_id,
                        message_id=row.edit_of, text=as_html(row.text or ""),
                        parse_mode=ParseMode.HTML, reply_markup=keyboard(row.buttons))  # fmt: skip
            return Result(row, Outcome.SENT, row.edit_of)
        message = await _call(bot, "sendMessage", limits, chat_id=row.chat_id,
                              text=as_html(row.text or ""), parse_mode=ParseMode.HTML,
                              reply_markup=keyboard(row.buttons))  # fmt: skip
        return Result(row, Outcome.SENT, message["message_id"])
    except Forbidden as exc:
        return Result(row, Outcome.BLOCKED, error=exc.message)
    except RetryAfter as exc:
        wait = exc.retry_after
        seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
        return Result(row, Outcome.RETRY, wait=seconds, error=exc.message)
    except BadRequest as exc:  # a subclass of NetworkError: never retried
        if row.kind in EDIT_KINDS and "not modified" in exc.message.lower():
            return Result(row, Outcome.SENT, row.edit_of)
        return Result(row, Outcome.REFUSED, error=exc.message)
    except TimedOut as exc:
        return Result(row, Outcome.UNSURE, error=exc.message or "timed out")
    except NetworkError as exc:  # Telegram answered 5xx, or the connection broke mid-way
        return Result(row, Outcome.UNSURE if exc.__cause__ else Outcome.RETRY, error=exc.message)
    except TelegramError as exc:
        return Result(row, Outcome.REFUSED, error=exc.message)


async def _call(bot: ExtBot[Any], method: str, limits: dict[str, Any], **params: Any) -> Any:
    """A send or an edit, its answer left as Telegram's JSON: PTB's `Bot.send_message`
    would build a `Message` of it (a few hundred attributes set), of which the sender
    reads the id at most. The request and its errors are those of the `Bot` method: the
    same parameters (None left out), the same rate limiter, the same exceptions."""
    return await bot.do_api_request(method, api_kwargs=params, **limits)


async def _send_file(bot: ExtBot[Any], row: Queued, limits: dict[str, Any]) -> int:
    meta = row.meta or {}
    send = bot.send_document if row.kind == Kind.DOCUMENT else bot.send_photo
    with open(meta["path"], "rb") as content:
        message = await send(
            row.chat_id,
            content,
            filename=meta.get("filename"),
            caption=as_html(row.text or "") if row.text else None,
            parse_mode=ParseMode.HTML,
            **limits,
        )
    return message.message_id


def _collapsible(row: Queued) -> bool:
    """A reply that a later identical one in its chat's lane may stand for."""
    return row.kind == Kind.REPLY and row.id is not None and row.text is not None


async def _answer(query: CallbackQuery, text: str | None) -> None:
    try:
        await query.answer(text)
    except TelegramError as exc:  # too old, flood, gone: the tap itself was handled
        log.info("callback answer skipped: %s", exc)


@dataclass(frozen=True)
class Stop:
    """Why a chat's lane stopped sending, and until when its later rows wait."""

    error: str
    until: datetime | None  # None: they fail too (blocked, refused, given up)


Outcomes = list[tuple[Result, datetime | None]]  # what became of rows, and when they go again


class Sender:
    """Sends queue rows with `bot` (set at start), records their outcomes in `db`, and
    calls `wake` when a row is to go again later (the dispatcher sends it then)."""

    def __init__(self, db: Database, clock: Clock, policies: Policies) -> None:
        self.db, self.clock, self.policies = db, clock, policies
        self.bot: ExtBot[Any] | None = None  # set at start
        self.wake: Callable[[], None] = lambda: None
        self.lanes = Lanes(on_empty=self._lane_empty)
        self._stops: dict[int, Stop] = {}
        self._outcomes: Outcomes = []  # not yet recorded
        self._flusher: asyncio.Task[None] | None = None
        self._waiting: dict[int, list[Queued]] = {}  # replies in a chat's lane, not begun

    def submit(self, rows: Sequence[Queued]) -> list[asyncio.Future[Any]]:
        """Hand rows over to their chats' lanes; returns at once (futures of outcomes)."""
        for row in rows:
            if _collapsible(row):
                self._waiting.setdefault(row.chat_id, []).append(row)
        return [self.lanes.put(row.chat_id, partial(self._one, row)) for row in rows]

    def answer(self, chat_id: int, query: CallbackQuery, text: str | None) -> None:
        """Answer a tap (stops its spinner), in the chat's lane before what it sends."""
        self.lanes.put(chat_id, partial(_answer, query, text))

    async def send(self, rows: Sequence[Queued]) -> int:
        """Send rows and wait for them; returns how many were sent."""
        outcomes = await asyncio.gather(*self.submit(rows), return_exceptions=True)
        return sum(outcome == Outcome.SENT for outcome in outcomes)

    async def idle(self) -> None:
        """Until everything handed over was tried and recorded."""
        while len(self.lanes) or self._outcomes:
            await self.lanes.idle()
            self.flush()

    @property
    def unrecorded(self) -> bool:
        return bool(self._outcomes)

    async def _one(self, row: Queued) -> Outcome:
        stop = self._stops.get(row.chat_id)
        if stop is not None:  # an earlier row of this chat must wait, or cannot go
            self._begun(row)
            result = Result(row, Outcome.HELD, error=stop.error)
            self._note(result, stop.until)
            return Outcome.HELD
        if self._begun(row):
            self._note(Result(row, Outcome.DROPPED, error="the same message follows"), None)
            return Outcome.DROPPED
        before = partial(self._mark_sending, row) if row.at_most_once and row.id else None
        assert self.bot is not None  # set at start, before any row is handed over
        result = await attempt(self.bot, row, before)
        when = None if result.outcome == Outcome.SENT else self._retry_at(result)
        if result.outcome != Outcome.SENT:
            self._stops[row.chat_id] = Stop(result.error, when)
        self._note(result, when)
        return result.outcome

    def _begun(self, row: Queued) -> bool:
        """The row's turn in its lane has come. True if the same reply (text and buttons)
        waits behind it in the lane: this one need not go (someone who sends a dozen
        messages in a second gets the question asked again once, not a dozen times, a
        second apart under Telegram's per-chat limit)."""
        waiting = self._waiting.get(row.chat_id)
        if waiting is None or not any(w is row for w in waiting):
            return False
        waiting[:] = [w for w in waiting if w is not row]
        if not waiting:
            del self._waiting[row.chat_id]
        return any((w.text, w.buttons) == (row.text, row.buttons) for w in waiting)

    def _mark_sending(self, row: Queued) -> None:
        with self.db.transaction() as db:  # a crash from here on: never again
            outbox.mark_sending(db=db, row=row)

    def _lane_empty(self, chat_id: int) -> None:
        self._stops.pop(chat_id, None)

    def _retry_at(self, r: Result) -> datetime | None:
        """When a row that was not sent goes again; None if it never does."""
        row, policy = r.row, self.policies.send
        if r.outcome in (Outcome.BLOCKED, Outcome.REFUSED) or (
            r.outcome == Outcome.UNSURE and row.at_most_once
        ):
            return None
        if row.id is None or policy.exhausted(row.attempts):
            return None
        wait = max(r.wait or 0.0, policy.delay(row.attempts))
        return self.clock.now() + timedelta(seconds=wait)

    def _note(self, result: Result, when: datetime | None) -> None:
        self._outcomes.append((result, when))
        self._schedule()

    def _schedule(self) -> None:
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.get_running_loop().create_task(self._flush_soon())

    async def _flush_soon(self) -> None:
        await asyncio.sleep(self.policies.group_commit)
        self.flush()

    def flush(self) -> None:
        """Record every outcome noted so far, in one transaction. Should that fail, the
        rows stay claimed and go again once their claim lapses (at least once)."""
        outcomes = self.take()
        if not outcomes:
            return
        retried = False
        try:
            retried = self.db.run(partial(self.record, outcomes=outcomes))
        except Exception:
            log.exception("could not record %d sends; their claims will lapse", len(outcomes))
        self.recorded(outcomes, retried)

    def take(self, most: int | None = None) -> Outcomes:
        """The outcomes noted and not yet recorded (the `most` first), for the caller to
        record (`record`) in a transaction of its own: an update's turn records them in
        its own, so the sends cost no commit of their own (`bot/turn.py`)."""
        if most is not None and len(self._outcomes) > most:
            taken, self._outcomes = self._outcomes[:most], self._outcomes[most:]
            return taken
        outcomes, self._outcomes = self._outcomes, []
        return outcomes

    def give_back(self, outcomes: Outcomes) -> None:
        """Outcomes taken whose transaction did not commit: recorded later after all."""
        if outcomes:
            self._outcomes[:0] = outcomes
            self._schedule()

    def record(self, db: Session, outcomes: Outcomes, *, later: bool = False) -> bool:
        """Write what became of these rows in `db`'s transaction; True if one goes again.
        `later`: the sent messages join the transcript with the transaction's next note
        (an update's turn: with the message it received, in one statement)."""
        if not outcomes:
            return False
        retried = False
        now = self.clock.now()
        outbox.mark_sent(
            db=db,
            sent=[(r.row, r.message_id) for r, _ in outcomes if r.outcome == Outcome.SENT],
            now=now,
            later=later,
        )
        for r, when in outcomes:
            if r.outcome != Outcome.SENT:
                retried |= self._settle(db, r, when)
        return retried

    def recorded(self, outcomes: Outcomes, retried: bool) -> None:
        """After the outcomes' transaction: files made for a try are removed (made again for
        another), and the dispatcher is woken for rows that go again."""
        for r, _ in outcomes:  # a file is made again for another try
            path = (r.row.meta or {}).get("path") if r.row.kind in FILE_KINDS else None
            if path:
                Path(path).unlink(missing_ok=True)
        if retried:
            self.wake()

    def _settle(self, db: Session, r: Result, when: datetime | None) -> bool:
        """Record a row that was not sent; True if it goes again."""
        row = r.row
        if r.outcome == Outcome.DROPPED:
            outbox.settle(db=db, row=row, state=State.DROPPED, error=r.error)
            return False
        if r.outcome == Outcome.HELD:
            if when is not None:
                outbox.release(db=db, rows=[row], when=when)
            else:
                outbox.settle(db=db, row=row, state=State.FAILED, error=r.error)
            return when is not None
        if r.outcome == Outcome.BLOCKED:
            if row.chat_id > 0:  # a private chat's id is the member's Telegram id
                member_store.set_blocked(db=db, telegram_id=row.chat_id, blocked=True)
            outbox.settle(db=db, row=row, state=State.FAILED, error="blocked by the user")
            return False
        if r.outcome == Outcome.REFUSED:  # an edit of a message that is gone is no news
            level = logging.INFO if row.kind in EDIT_KINDS else logging.WARNING
            log.log(level, "%s to chat %s refused: %s", row.kind, row.chat_id, r.error)
            outbox.settle(db=db, row=row, state=State.FAILED, error=r.error)
            return False
        if when is None:
            if r.outcome == Outcome.UNSURE and row.at_most_once:
                outbox.settle(
                    db=db, row=row, state=State.FAILED, error=f"maybe delivered: {r.error}"
                )
            else:
                log.warning("%s to chat %s given up: %s", row.kind, row.chat_id, r.error)
                outbox.settle(db=db, row=row, state=State.FAILED, error=r.error)
            return False
        log.info("%s to chat %s goes again at %s: %s", row.kind, row.chat_id, when, r.error)
        outbox.retry_later(db=db, row=row, when=when, error=r.error)
        return True
