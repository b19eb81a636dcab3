"""Telegram's flood limits, kept by waiting before a request; never by retrying.

PTB's `AIORateLimiter` retries a 429 itself and, while it waits, holds every other
request too; here a refused send goes back to the queue, which owns every retry
(`bot/delivery.py`), so one chat's 429 slows only what is queued for that chat.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import BaseRateLimiter

from bot.policy import Pacing

SENDS = {
    "sendmessage", "senddocument", "sendphoto", "sendmediagroup", "copymessage",
    "forwardmessage",
}  # fmt: skip
PACED = SENDS | {"editmessagetext", "editmessagecaption", "editmessagereplymarkup"}
_IDLE = 120.0  # seconds after which a chat's limiter is forgotten


class Pacer(BaseRateLimiter[None]):
    """Overall about 30 messages a second, one a second per private chat after a short
    burst, 20 a minute per group. Sends and edits count overall, only new messages count
    per chat (an edit adds no message to the chat); getUpdates, answers to taps and the
    like go at once."""

    def __init__(self, pacing: Pacing) -> None:
        self.pacing = pacing
        self.overall = AsyncLimiter(1, 1 / pacing.overall_per_second)
        self._chats: dict[int, tuple[AsyncLimiter, float]] = {}

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

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> Any:
        method = endpoint.lower()
        if method in SENDS:
            chat_id = data.get("chat_id")
            if isinstance(chat_id, int | str) and str(chat_id).lstrip("-").isdigit():
                async with self._chat(int(chat_id)):
                    pass
        if method in PACED:
            async with self.overall:
                pass
        return await callback(*args, **kwargs)
