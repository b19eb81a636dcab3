"""Shared state of the double, its change notifications, faults and send limits."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .model import (
    ApiError,
    BotMessage,
    CallbackAnswer,
    Chat,
    FileRecord,
    PendingUpdate,
    RequestRecord,
)

__all__ = ["DoubleState", "Fault", "LimitViolation"]

FAULT_KINDS = ("retry_after", "forbidden", "server_error", "timeout", "bad_request")


@dataclass
class Fault:
    """An injected failure for the next ``times`` matching calls."""

    method: str  # lower-case Bot API method name or "*"
    kind: str
    times: int = 1
    chat_id: int | None = None
    retry_after: int = 1
    hold: float = 10.0  # seconds a "timeout" fault keeps the request open

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.times <= 0 or self.method not in ("*", method):
            return False
        return self.chat_id is None or str(params.get("chat_id")) == str(self.chat_id)

    def error(self) -> ApiError:
        if self.kind == "retry_after":
            return ApiError(
                429,
                f"Too Many Requests: retry after {self.retry_after}",
                {"retry_after": self.retry_after},
            )
        if self.kind == "forbidden":
            return ApiError(403, "Forbidden: bot was blocked by the user")
        if self.kind == "bad_request":
            return ApiError(400, "Bad Request: chat not found")
        return ApiError(500, "Internal Server Error")


@dataclass
class LimitViolation:
    """A send that broke Telegram's flood limits."""

    method: str
    chat_id: int
    rule: str
    retry_after: int
    time: float = field(default_factory=time.monotonic)


class SendLimiter:
    """Telegram's documented flood limits: 30/s overall, ~1/s per chat, 20/min per group."""

    def __init__(self) -> None:
        self.global_sends: deque[float] = deque()
        self.group_sends: dict[int, deque[float]] = {}
        self.private_tokens: dict[int, tuple[float, float]] = {}  # chat -> (tokens, stamp)
        self.burst = 3.0

    def check(self, chat: Chat, now: float) -> tuple[str, int] | None:
        """Return ``(rule, retry_after)`` if this send breaks a limit, else count it."""
        while self.global_sends and now - self.global_sends[0] >= 1.0:
            self.global_sends.popleft()
        if len(self.global_sends) >= 30:
            return "global 30/s", max(1, math.ceil(1.0 - (now - self.global_sends[0])))
        if chat.type == "private":
            tokens, stamp = self.private_tokens.get(chat.id, (self.burst, now))
            tokens = min(self.burst, tokens + (now - stamp))
            if tokens < 1.0:
                return "private 1/s", max(1, math.ceil(1.0 - tokens))
            self.private_tokens[chat.id] = (tokens - 1.0, now)
        else:
            sends = self.group_sends.setdefault(chat.id, deque())
            while sends and now - sends[0] >= 60.0:
                sends.popleft()
            if len(sends) >= 20:
                return "group 20/min", max(1, math.ceil(60.0 - (now - sends[0])))
            sends.append(now)
        self.global_sends.append(now)
        return None


class DoubleState:
    """Everything the server knows; all access goes through :attr:`lock`."""

    def __init__(self, token: str, bot_user: dict[str, Any], enforce_limits: bool) -> None:
        self.token = token
        self.bot_user = bot_user
        self.enforce_limits = enforce_limits
        self.lock = threading.RLock()
        self._cond = threading.Condition(self.lock)
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self.closing = False
        self.users: dict[int, dict[str, Any]] = {}
        self.chats: dict[int, Chat] = {}
        self.pending: list[PendingUpdate] = []
        self.update_log: dict[int, PendingUpdate] = {}
        self.last_update_id = 0
        self.poll_generation = 0
        self.allowed_updates: list[str] | None = None
        self.requests: list[RequestRecord] = []
        self.callback_queries: dict[str, int] = {}  # open query id -> user id
        self.callback_answers: list[CallbackAnswer] = []
        self.files: dict[str, FileRecord] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.webhook_url = ""
        self.faults: list[Fault] = []
        self.limiter = SendLimiter()
        self.clock: Callable[[], float] = time.monotonic  # replaceable for limit tests
        self.limit_violations: list[LimitViolation] = []
        self._ids = itertools.count(1)
        self.listeners: list[Callable[[BotMessage], None]] = []  # new bot messages
        self.edit_listeners: list[Callable[[BotMessage], None]] = []  # bot messages edited
        self.notice_listeners: list[Callable[[CallbackAnswer], None]] = []  # taps answered

    # -- change notification ------------------------------------------------------------
    def changed(self) -> None:
        """Wake every waiter (async on any loop, or sync in any thread)."""
        with self.lock:
            waiters, self._waiters = self._waiters, []
            self._cond.notify_all()
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        for loop, fut in waiters:
            if loop is running:
                _wake(fut)
            elif not loop.is_closed():
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(_wake, fut)

    async def wait_for(self, predicate: Callable[[], Any], timeout: float) -> bool:
        """Wait (async) until ``predicate()`` is true; re-checked on every change."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            with self.lock:
                if predicate():
                    return True
                remaining = deadline - loop.time()
                if remaining <= 0:
                    return False
                fut: asyncio.Future[None] = loop.create_future()
                self._waiters.append((loop, fut))
            try:
                await asyncio.wait_for(fut, remaining)
            except TimeoutError:
                with self.lock, contextlib.suppress(ValueError):
                    self._waiters.remove((loop, fut))

    def wait_for_sync(self, predicate: Callable[[], Any], timeout: float) -> bool:
        """Blocking variant of :meth:`wait_for` for other threads."""
        with self._cond:
            return bool(self._cond.wait_for(predicate, timeout))

    # -- ids and records -----------------------------------------------------------------
    def new_id(self) -> int:
        return next(self._ids)

    def chat(self, chat_id: int) -> Chat | None:
        return self.chats.get(chat_id)

    def record(self, method: str, params: dict[str, Any]) -> RequestRecord:
        record = RequestRecord(method, params)
        with self.lock:
            self.requests.append(record)
        return record

    def take_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.matches(method, params):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def check_limits(self, method: str, chat: Chat) -> None:
        """Count a send; raise 429 when limits are enforced and broken."""
        hit = self.limiter.check(chat, self.clock())
        if hit is None:
            return
        rule, retry_after = hit
        self.limit_violations.append(LimitViolation(method, chat.id, rule, retry_after))
        if self.enforce_limits:
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
            )

    # -- updates -------------------------------------------------------------------------
    def queue_update(self, kind: str, payload: dict[str, Any]) -> int:
        with self.lock:
            self.last_update_id += 1
            update = PendingUpdate(self.last_update_id, kind, payload)
            self.pending.append(update)
            self.update_log[update.update_id] = update
        self.changed()
        return update.update_id

    def redeliver(self, update_id: int) -> None:
        """Deliver an update again with the same id, as after a lost confirmation."""
        with self.lock:
            original = self.update_log.get(update_id)
            if original is None:
                raise KeyError(f"no update {update_id} was ever queued")
            if not any(u.update_id == update_id for u in self.pending):
                copy = PendingUpdate(update_id, original.kind, original.payload, forced=True)
                self.pending.append(copy)
                self.pending.sort(key=lambda u: u.update_id)
        self.changed()

    def confirm(self, offset: int) -> None:
        """Drop updates the bot confirmed with ``offset`` (ids below it)."""
        with self.lock:
            before = len(self.pending)
            self.pending = [
                u for u in self.pending if u.update_id >= offset or (u.forced and not u.delivered)
            ]
            if len(self.pending) != before:
                self.changed()

    def deliverable(self, limit: int) -> list[PendingUpdate]:
        with self.lock:
            if self.allowed_updates:
                allowed = [u for u in self.pending if u.kind in self.allowed_updates]
                if len(allowed) != len(self.pending):
                    self.pending = allowed
                    self.changed()
            return self.pending[:limit]

    def unconfirmed_upto(self, update_id: int) -> list[PendingUpdate]:
        with self.lock:
            return [u for u in self.pending if u.update_id <= update_id]

    def emit(self, message: BotMessage) -> None:
        """Tell console listeners about a new bot message."""
        for listener in list(self.listeners):
            listener(message)

    def emit_edit(self, message: BotMessage) -> None:
        """Tell console listeners a bot message was edited (it shows its new state)."""
        for listener in list(self.edit_listeners):
            listener(message)

    def emit_notice(self, answer: CallbackAnswer) -> None:
        """Tell console listeners a tap was answered (with a notice, or silently)."""
        for listener in list(self.notice_listeners):
            listener(answer)


def _wake(fut: asyncio.Future[None]) -> None:
    if not fut.done():
        fut.set_result(None)
