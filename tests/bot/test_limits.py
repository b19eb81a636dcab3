"""The global-429 rule (bot/limits.py): 429s for several chats pause every send, but for a
bounded time (issue 18.23: three chats' 429s paused everything for 20.1 s)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.limits import GLOBAL_PAUSE_MAX, Pacer
from bot.policy import Pacing


async def refuse(pacer: Pacer, chat_id: int, retry_after: int) -> None:
    async def send(*_: Any, **__: Any) -> None:
        raise RetryAfter(retry_after)

    with pytest.raises(RetryAfter):
        await pacer.process_request(send, (), {}, "sendMessage", {"chat_id": chat_id}, None)


async def test_three_chats_429s_pause_everything_for_a_bounded_time() -> None:
    pacer = Pacer(Pacing())
    await refuse(pacer, 101, 20)
    await refuse(pacer, 102, 3)
    assert pacer._paused_until <= time.monotonic(), "two chats: their own lanes wait"
    await refuse(pacer, 103, 21)
    paused = pacer._paused_until - time.monotonic()
    assert 0 < paused <= GLOBAL_PAUSE_MAX <= 5.0
