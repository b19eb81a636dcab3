"""Work keyed by chat: one chat's jobs run one after another, in the order they came; other
chats' run side by side. Updates are handled in lanes (so a member's messages apply in
order while a slow chat holds up no one else), and messages are sent in lanes (so one
chat's wait for Telegram's per-chat limit delays only that chat)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)
Job = Callable[[], Awaitable[Any]]


class Lanes:
    def __init__(self, on_empty: Callable[[int], None] | None = None) -> None:
        self._queues: dict[int, deque[tuple[Job, asyncio.Future[Any]]]] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._on_empty = on_empty
        self._quiet = asyncio.Event()
        self._quiet.set()

    def put(self, key: int, job: Job) -> asyncio.Future[Any]:
        """Queue `job` behind the chat's earlier ones; its result comes in the future."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        future.add_done_callback(_seen)  # logged in the lane; no "never retrieved" noise
        self._queues.setdefault(key, deque()).append((job, future))
        if key not in self._tasks:
            self._quiet.clear()
            self._tasks[key] = asyncio.create_task(self._run(key), name=f"lane-{key}")
        return future

    def waiting(self, key: int) -> int:
        """How many jobs of the chat are queued or running."""
        return len(self._queues.get(key, ())) + (key in self._tasks)

    def __len__(self) -> int:
        return sum(len(q) for q in self._queues.values()) + len(self._tasks)

    async def idle(self) -> None:
        """Until every lane has run out of work."""
        while self._tasks:
            await self._quiet.wait()

    async def close(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()
        for task in list(self._tasks.values()):
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self, key: int) -> None:
        queue = self._queues[key]
        try:
            while queue:
                job, future = queue.popleft()
                try:
                    result = await job()
                except asyncio.CancelledError:
                    future.cancel()
                    raise
                except Exception as exc:  # the job's own error handling failed: keep going
                    log.exception("job in lane %s failed", key)
                    if not future.done():
                        future.set_exception(exc)
                else:
                    if not future.done():
                        future.set_result(result)
        finally:
            del self._tasks[key]
            if not queue:
                self._queues.pop(key, None)
            if self._on_empty is not None:
                self._on_empty(key)
            if not self._tasks:
                self._quiet.set()


def _seen(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()
