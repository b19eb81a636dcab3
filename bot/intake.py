"""Updates in: each chat's in its own lane (`bot/lanes.py`), so one chat's updates apply
strictly in the order they came while every other chat's go on beside them; a member
who sends faster than a person types is slowed without slowing anyone else.

Polling (`bot/polling.py`) and the webhook (`bot/webhook.py`) both hand updates to
`Intake.put`, whose future says when the update is handled and committed: only then is
it confirmed to Telegram.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.lanes import Lanes
from bot.policy import Policies
from bot.updates import lane_of

log = logging.getLogger(__name__)


class FloodGate:
    """About a person's typing pace per chat (a private chat, a group, and a group's
    sender): a burst, then so many a second. An update past it is not applied; a private
    chat hears why once (then again only after a while), a tap is answered with the same
    words.

    A token bucket of its own: aiolimiter (the send limits) only waits for capacity and
    has no public "take one if there is one"; here nothing waits, the update is let in
    or not, on a clock tests can move."""

    def __init__(
        self,
        burst: int,
        per_second: float,
        notice_every: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst, self.per_second, self.notice_every = burst, per_second, notice_every
        self.clock = clock
        self._chats: dict[int, list[float]] = {}  # tokens, when counted, last notice

    def admits(self, chat_id: int) -> bool:
        """Take a token for one update of the chat, if it has one."""
        now = self.clock()
        if len(self._chats) > 50_000:  # forget chats whose bucket is full again
            self._chats = {
                k: v for k, v in self._chats.items() if self._tokens(v, now) < self.burst
            }
        state = self._chats.setdefault(chat_id, [float(self.burst), now, -self.notice_every])
        tokens = self._tokens(state, now)
        state[0], state[1] = tokens, now
        if tokens < 1.0:
            return False
        state[0] = tokens - 1.0
        return True

    def should_say(self, chat_id: int) -> bool:
        """Tell the chat why (once in `notice_every` seconds)."""
        now = self.clock()
        state = self._chats[chat_id]
        if now - state[2] < self.notice_every:
            return False
        state[2] = now
        return True

    def _tokens(self, state: list[float], now: float) -> float:
        return min(float(self.burst), state[0] + (now - state[1]) * self.per_second)


class Intake:
    """Takes updates into their chats' lanes and has `app` handle them. `too_fast` tells a
    chat about an update the flood gate left aside (a tap always, a message once in a
    while); an update whose handling found the database unreachable is noted with
    `retry_later` by the error handler and handled again."""

    def __init__(
        self,
        app: Application[Any, Any, Any, Any, Any, Any],
        policies: Policies,
        too_fast: Callable[[Update], Awaitable[None]],
    ) -> None:
        self.app, self.policies, self.too_fast = app, policies, too_fast
        self.lanes = Lanes()
        self._retry: set[int] = set()
        flood = policies.flood
        self.gate = FloodGate(flood.burst, flood.per_second, flood.notice_every) if flood else None

    def put(self, update: Update, *, persist: bool = True) -> asyncio.Future[Any]:
        """Queue the update behind its chat's earlier ones. The future is True once it is
        handled and committed (or deliberately left aside), False if the database was
        unreachable and it must come again; with `persist`, such an update is tried again
        in its lane (its chat waits, no one else does) until it goes through."""
        chat = lane_of(update)
        if self.gate is not None and not self._admits(update, chat):
            return self.lanes.put(chat, lambda: self._flooded(update, chat))
        return self.lanes.put(chat, lambda: self._handle(update, persist))

    def _admits(self, update: Update, chat: int) -> bool:
        """A private chat at its person's pace; a group at a chat's pace, and its sender
        at theirs too (one person's commands in a hundred groups are one person's)."""
        assert self.gate is not None
        if chat > 0:
            return self.gate.admits(chat)
        if not self.gate.admits(chat):
            return False
        user = update.effective_user
        return user is None or self.gate.admits(user.id)

    def retry_later(self, update_id: int) -> None:
        """Handling this update failed for a reason that passes (the database): again."""
        self._retry.add(update_id)

    async def idle(self) -> None:
        await self.lanes.idle()

    async def _handle(self, update: Update, persist: bool) -> bool:
        failures = 0
        while True:
            await self.app.process_update(update)
            if update.update_id not in self._retry:
                return True
            self._retry.discard(update.update_id)
            if not persist:
                return False
            failures += 1
            await asyncio.sleep(self.policies.poll.delay(failures))

    async def _flooded(self, update: Update, chat: int) -> bool:
        """Not applied: too fast. A tap is answered (its spinner stops); a private chat is
        told once in a while (a group is not: nothing there is said to a flood)."""
        assert self.gate is not None
        log.info("update %s from chat %s left aside: too fast", update.update_id, chat)
        say = chat > 0 and self.gate.should_say(chat)
        if update.callback_query is not None or say:
            await self.too_fast(update)
        return True
