"""Telegram's flood limits, kept by waiting before a request; never by retrying.

PTB's `AIORateLimiter` retries a 429 itself and, while it waits, holds every other
request too; here a refused send goes back to the queue, which owns every retry
(`bot/delivery.py`), so one chat's 429 slows only what is queued for that chat.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.policy import Pacing

SENDS = {
    "sendmessage", "senddocument", "sendphoto", "sendmediagroup", "copymessage",
    "forwardmessage",
}  # fmt: skip
PACED = SENDS | {"editmessagetext", "editmessagecaption", "editmessagereplymarkup"}
_IDLE = 120.0  # seconds after which a chat's limiter is forgotten
_GLOBAL_WINDOW = 5.0  # 429s for this many chats within this many seconds: the bot's limit
_GLOBAL_CHATS = 3
# the longest everyone waits for it: a chat's own 429 may say 20 s or more (its lane waits
# that long), the bot's overall limit clears within seconds, and a longer wait is asked again
GLOBAL_PAUSE_MAX = 5.0


class Pacer(BaseRateLimiter[dict[str, Any]]):
    """Overall about 30 messages a second, one a second per private chat after a short
    burst, 20 a minute per group. Sends and edits count overall, only new messages count
    per chat (an edit adds no message to the chat); getUpdates, answers to taps and the
    like go at once.

    Replies to someone's own action go before background sends (polls, broadcasts,
    reprompts: `rate_limit_args={"background": True}`): background requests queue for
    the overall budget one at a time, so a reply waits behind at most one of them. A
    `before` callable in the arguments runs once the request may go, just before it
    does (an at-most-once row is marked then, not while it waits here). A 429 refuses
    one request; its row waits in its chat's lane (`bot/delivery.py`), so it slows that
    chat only; 429s for several chats within a few seconds mean the overall budget is
    spent: everyone waits for Telegram's `retry_after`, at most `GLOBAL_PAUSE_MAX`.

    aiolimiter's leaky bucket does the counting; PTB's `AIORateLimiter` is not used
    because it retries a 429 itself while holding every other request, has no notion
    of background and reply, and limits groups but not private chats."""

    def __init__(self, pacing: Pacing) -> None:
        self.pacing = pacing
        self.overall = AsyncLimiter(1, 1 / pacing.overall_per_second)
        self._background = asyncio.Lock()  # one background request waits at a time
        self._chats: dict[int, tuple[AsyncLimiter, float]] = {}
        self._refused: dict[int, float] = {}  # chat -> when Telegram last said 429
        self._paused_until = 0.0
        self.refusals = 0  # 429s seen (bench figures)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        self._chats.clear()

    def _chat(self, chat_id: int) -> AsyncLimiter:
        now = time.monotonic()
        limiter, _ = self._chats.get(chat_id, (None, 0.0))
        if limiter is None:
            if len(self._chats) > 10_000:  # forget chats idle for a while
                self._chats = {k: v for k, v in self._chats.items() if now - v[1] < _IDLE}
            p = self.pacing
            limiter = (
                AsyncLimiter(p.private_burst, p.private_burst / p.private_per_second)
                if chat_id > 0
                else AsyncLimiter(1, 60.0 / p.group_per_minute)
            )
        self._chats[chat_id] = (limiter, now)
        return limiter

    async def _overall(self, background: bool) -> None:
        while (wait := self._paused_until - time.monotonic()) > 0:
            await asyncio.sleep(wait)
        if background:
            async with self._background:
                await self.overall.acquire()
        else:
            await self.overall.acquire()

    def _note_refusal(self, chat_id: int | None, retry_after: float) -> None:
        """A 429: for one chat, or (several chats at once) for the whole bot."""
        self.refusals += 1
        now = time.monotonic()
        self._refused = {k: t for k, t in self._refused.items() if now - t < _GLOBAL_WINDOW}
        if chat_id is not None:
            self._refused[chat_id] = now
        if chat_id is None or len(self._refused) >= _GLOBAL_CHATS:
            pause = min(retry_after, GLOBAL_PAUSE_MAX)
            self._paused_until = max(self._paused_until, now + pause)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> Any:
        method = endpoint.lower()
        extra = rate_limit_args or {}
        chat_id = data.get("chat_id")
        chat = (
            int(chat_id)
            if isinstance(chat_id, int | str) and str(chat_id).lstrip("-").isdigit()
            else None
        )
        if method in SENDS and chat is not None:
            async with self._chat(chat):
                pass
        if method in PACED:
            await self._overall(bool(extra.get("background")))
        if extra.get("before") is not None:
            extra["before"]()
        try:
            return await callback(*args, **kwargs)
        except RetryAfter as exc:
            wait = exc.retry_after
            self._note_refusal(
                chat, wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            )
            raise
