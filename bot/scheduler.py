"""Scheduled work, driven from the database: drain the outbox, close polls that are due.

PTB's JobQueue (APScheduler) only wakes `run_once` up; every decision comes from table rows,
claimed atomically, so a restart or a double tick never sends a message twice.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from telegram.error import NetworkError, RetryAfter, TelegramError

from bot import render
from bot.deps import Deps
from bot.handlers.polls import announce_results
from storage import members as member_store
from storage import outbox, polls, transcript
from storage.models import Outbox

log = logging.getLogger(__name__)
BATCH = 25
MAX_ATTEMPTS = 5
KEEP_PROCESSED = timedelta(days=7)


async def run_once(d: Deps, bot: Any) -> int:
    """One tick: close due polls, send what is due; returns how many messages were sent."""
    now = d.clock.now()
    close_due_polls(d, now)
    sent = await drain_outbox(d, bot, now)
    with d.db.transaction() as db:
        transcript.prune_processed_updates(db=db, now=now, keep=KEEP_PROCESSED)
    return sent


def close_due_polls(d: Deps, now: datetime) -> None:
    with d.db.transaction() as db:
        for poll_id in polls.due_poll_ids(db=db, now=now):
            if polls.close_poll(db=db, poll_id=poll_id, now=now):
                poll = polls.get_poll(db=db, poll_id=poll_id)
                db.refresh(poll)
                announce_results(db, poll, now)


async def drain_outbox(d: Deps, bot: Any, now: datetime) -> int:
    with d.db.transaction() as db:
        rows = outbox.claim_due(db=db, now=now, limit=BATCH)
    sent = 0
    for row in rows:
        sent += await _send_one(d, bot, row)
    return sent


async def _send_one(d: Deps, bot: Any, row: Outbox) -> int:
    try:
        message = await render.send_text(
            bot, row.chat_id, row.text, render.markup_from_encoded(row.buttons)
        )
    except render.Blocked:
        with d.db.transaction() as db:
            outbox.mark_failed(db=db, outbox_id=row.id, error="blocked by the user")
            if row.member_id is not None:  # a member's private chat: its id is theirs
                member_store.set_blocked(db=db, telegram_id=row.chat_id, blocked=True)
        return 0
    except RetryAfter as exc:
        wait = exc.retry_after if isinstance(exc.retry_after, int | float) else 1
        with d.db.transaction() as db:
            retry_at = d.clock.now() + timedelta(seconds=float(wait))
            outbox.mark_failed(db=db, outbox_id=row.id, error="flood", retry_at=retry_at)
        return 0
    except NetworkError as exc:  # includes time-outs and Telegram's 5xx: try again later
        give_up = row.attempts >= MAX_ATTEMPTS
        log.warning("outbox message %s failed (attempt %s): %s", row.id, row.attempts, exc)
        retry_at = None if give_up else d.clock.now() + timedelta(seconds=30 * 2**row.attempts)
        with d.db.transaction() as db:
            outbox.mark_failed(db=db, outbox_id=row.id, error=str(exc), retry_at=retry_at)
        return 0
    except TelegramError as exc:  # a bad request will not get better by repeating it
        log.warning("outbox message %s to a chat failed: %s", row.id, exc)
        with d.db.transaction() as db:
            outbox.mark_failed(db=db, outbox_id=row.id, error=str(exc))
        return 0
    now = d.clock.now()
    with d.db.transaction() as db:
        outbox.mark_sent(db=db, outbox_id=row.id, message_id=message.message_id, now=now)
        transcript.record_message(
            db=db,
            chat_id=row.chat_id,
            direction="out",
            text=row.text,
            now=now,
            kind=row.kind,
            session_id=row.session_id,
            member_id=row.member_id,
            telegram_message_id=message.message_id,
            meta={"outbox_id": row.id},
        )
    return 1
