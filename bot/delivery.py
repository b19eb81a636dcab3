"""The one sender: every message the bot sends is a queue row that goes out through
`Delivery.send`, which owns every retry and records what became of each row.

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
- any other 400 will not get better by repeating it: failed at once, never retried.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.render import as_html, markup
from storage import members as member_store
from storage import outbox
from storage.models import EDIT_KINDS, FILE_KINDS
from storage.outbox import Queued

if TYPE_CHECKING:
    from bot.deps import Deps

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Result:
    row: Queued
    outcome: str  # sent, retry, unsure, blocked, refused
    message_id: int | None = None
    wait: float | None = None  # retry: Telegram's own wait, if it said
    error: str = ""


async def attempt(bot: Any, row: Queued) -> Result:
    """Try one row once; classify what Telegram answered."""
    try:
        if row.kind in FILE_KINDS:
            return Result(row, "sent", await _send_file(bot, row))
        if row.kind in EDIT_KINDS:
            await bot.edit_message_text(
                as_html(row.text or ""),
                chat_id=row.chat_id,
                message_id=row.edit_of,
                parse_mode=ParseMode.HTML,
                reply_markup=markup(row.buttons),
            )
            return Result(row, "sent", row.edit_of)
        message = await bot.send_message(
            row.chat_id,
            as_html(row.text or ""),
            parse_mode=ParseMode.HTML,
            reply_markup=markup(row.buttons),
        )
        return Result(row, "sent", message.message_id)
    except Forbidden as exc:
        return Result(row, "blocked", error=exc.message)
    except RetryAfter as exc:
        wait = exc.retry_after
        seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
        return Result(row, "retry", wait=seconds, error=exc.message)
    except BadRequest as exc:  # a subclass of NetworkError: never retried
        if row.kind in EDIT_KINDS and "not modified" in exc.message.lower():
            return Result(row, "sent", row.edit_of)
        return Result(row, "refused", error=exc.message)
    except TimedOut as exc:
        return Result(row, "unsure", error=exc.message or "timed out")
    except NetworkError as exc:  # Telegram answered 5xx, or the connection broke mid-way
        return Result(row, "unsure" if exc.__cause__ else "retry", error=exc.message)
    except TelegramError as exc:
        return Result(row, "refused", error=exc.message)


async def _send_file(bot: Any, row: Queued) -> int:
    meta = row.meta or {}
    send = bot.send_document if row.kind == "document" else bot.send_photo
    with open(meta["path"], "rb") as content:
        message = await send(
            row.chat_id,
            content,
            filename=meta.get("filename"),
            caption=as_html(row.text or "") if row.text else None,
            parse_mode=ParseMode.HTML,
        )
    return message.message_id


class Delivery:
    def __init__(self, d: Deps) -> None:
        self.d = d

    async def send(self, bot: Any, rows: Sequence[Queued]) -> int:
        """Send claimed rows, each chat's in order; record the outcomes. Returns how many
        were sent."""
        results: list[Result] = []
        held: list[Queued] = []  # behind a row that must wait, or to a chat that blocked us
        stopped: dict[int, Result] = {}
        for row in rows:
            if row.chat_id in stopped:
                held.append(row)
                continue
            if row.at_most_once and row.id is not None:
                with self.d.db.transaction() as db:  # a crash from here on: never again
                    outbox.mark_sending(db=db, row=row)
            result = await attempt(bot, row)
            results.append(result)
            if result.outcome in ("retry", "unsure", "blocked"):
                stopped[row.chat_id] = result
        self._record(results, held, stopped)
        for row in rows:  # a file is made again for another try
            if row.kind in FILE_KINDS and (row.meta or {}).get("path"):
                Path(row.meta["path"]).unlink(missing_ok=True)
        return sum(r.outcome == "sent" for r in results)

    def _record(
        self, results: list[Result], held: list[Queued], stopped: dict[int, Result]
    ) -> None:
        d = self.d
        now = d.clock.now()
        retry_at: dict[int, Any] = {}
        with d.db.transaction() as db:
            outbox.mark_sent(
                db=db,
                sent=[(r.row, r.message_id) for r in results if r.outcome == "sent"],
                now=now,
            )
            for r in results:
                if r.outcome == "sent":
                    continue
                when = self._settle(db, r, now)
                if when is not None:
                    retry_at[r.row.chat_id] = when
            for row in held:
                if row.chat_id in retry_at:
                    outbox.release(db=db, rows=[row], when=retry_at[row.chat_id])
                else:
                    reason = stopped[row.chat_id].error
                    outbox.settle(db=db, row=row, state="failed", error=reason)

    def _settle(self, db: Any, r: Result, now: Any) -> Any:
        """Record a row that was not sent; returns when it goes again, if it does."""
        row, policy = r.row, self.d.policies.send
        if r.outcome == "blocked":
            if row.chat_id > 0:  # a private chat's id is the member's Telegram id
                member_store.set_blocked(db=db, telegram_id=row.chat_id, blocked=True)
            outbox.settle(db=db, row=row, state="failed", error="blocked by the user")
            return None
        if r.outcome == "refused":  # an edit of a message that is gone is no news
            level = logging.INFO if row.kind in EDIT_KINDS else logging.WARNING
            log.log(level, "%s to chat %s refused: %s", row.kind, row.chat_id, r.error)
            outbox.settle(db=db, row=row, state="failed", error=r.error)
            return None
        if r.outcome == "unsure" and row.at_most_once:
            outbox.settle(db=db, row=row, state="failed", error=f"maybe delivered: {r.error}")
            return None
        if row.id is None or policy.exhausted(row.attempts):
            log.warning("%s to chat %s given up: %s", row.kind, row.chat_id, r.error)
            outbox.settle(db=db, row=row, state="failed", error=r.error)
            return None
        wait = max(r.wait or 0.0, policy.delay(row.attempts))
        when = now + timedelta(seconds=wait)
        log.info("%s to chat %s waits %.0f s: %s", row.kind, row.chat_id, wait, r.error)
        outbox.retry_later(db=db, row=row, when=when, error=r.error)
        return when
