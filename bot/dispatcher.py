"""The engagement loop's sender: wakes up, asks the database what is due, sends it.

PTB's JobQueue (APScheduler) wakes `tick` every ENGAGEMENT_TICK_SECONDS, and `poke` wakes
it as soon as something is queued or falls due; every decision comes from table rows
claimed atomically, so a restart, a second process or a double tick never sends a row
twice. Nothing lives only in memory.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from telegram.ext import ExtBot

from bot.calls import UseCases
from bot.delivery import Sender
from bot.policy import Policies
from bot.render import composed
from storage import outbox, outbox_reads, transcript
from storage.models import FILE_KINDS, State
from storage.outbox import Queued
from usecases import due, files, polls
from usecases.context import SYSTEM

log = logging.getLogger(__name__)


class Dispatcher:
    """The loop: `calls` runs its use cases (and holds the database and the clock),
    `sender` sends, `files_dir` is where files are made before they are sent."""

    def __init__(
        self, calls: UseCases, sender: Sender, policies: Policies, files_dir: Path
    ) -> None:
        self.calls, self.sender, self.policies, self.files_dir = calls, sender, policies, files_dir
        self.db, self.clock = calls.db, calls.clock
        self.bot: ExtBot[Any] | None = None  # set at start
        self._lock = asyncio.Lock()
        self._again = False
        self._timer: asyncio.TimerHandle | None = None
        self._task: asyncio.Task[int] | None = None
        self.loop: asyncio.AbstractEventLoop | None = None  # the loop it runs in (at start)

    async def tick(self) -> int:
        """Close due polls, then send everything due; returns how many messages went out."""
        if self._lock.locked():  # the running tick sends what was queued meanwhile
            self._again = True
            return 0
        async with self._lock:
            sent = 0
            self._again = True
            while self._again:
                self._again = False
                self._close_due_polls()
                sent += await self._drain()
            self._prune()
        self._plan_wake()
        return sent

    def poke(self) -> None:
        """Something was queued: send it now rather than at the next tick."""
        if not self.policies.wake or self.bot is None:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # a heavy turn's worker thread: wake the loop in its thread
            if self.loop is not None:
                self.loop.call_soon_threadsafe(self.poke)
            return
        if self._lock.locked():
            self._again = True
        elif self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self.tick())

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._task is not None:
            self._task.cancel()

    def _close_due_polls(self) -> None:
        with self.calls.run(SYSTEM) as call:
            polls.close_due(call.ctx)

    async def _drain(self) -> int:
        sent = 0
        while True:
            with self.db.transaction() as db:
                claimed = outbox.claim_due(
                    db=db, now=self.clock.now(), limit=self.policies.batch,
                    lease=self.policies.lease,
                )  # fmt: skip
            if not claimed:
                return sent
            made = [await self._make_file(r) if r.kind in FILE_KINDS else r for r in claimed]
            with self.calls.run(SYSTEM) as call:
                ready = due.decide(call.ctx, [r for r in made if r is not None])
            sent += await self.sender.send([composed(r) for r in ready])

    async def _make_file(self, row: Queued) -> Queued | None:
        """Make a file's content off the event loop, in a session of its own (an export
        of a large session takes a while); None if it could not be made."""
        spec = (row.meta or {}).get("file") or {}
        try:
            made = await asyncio.to_thread(self._made, spec)
        except Exception:
            log.exception("could not make %s for chat %s", spec.get("maker"), row.chat_id)
            with self.db.transaction() as db:
                outbox.settle(db=db, row=row, state=State.FAILED, error="could not make the file")
            return None
        meta = {**(row.meta or {}), "path": str(made.path), "filename": made.filename}
        return row.but(text=made.caption or made.filename, meta=meta)

    def _made(self, spec: dict[str, Any]) -> files.Made:
        with self.db.session() as db:
            return files.make(
                spec.get("maker", ""), db, self.calls.services, self.clock.now(),
                spec.get("params") or {}, self.files_dir,
            )  # fmt: skip

    def _prune(self) -> None:
        with self.db.transaction() as db:
            transcript.prune_processed_updates(
                db=db, now=self.clock.now(), keep=self.policies.keep_processed
            )

    def _plan_wake(self) -> None:
        """Wake up again when the soonest waiting row falls due, if before the next tick."""
        if not self.policies.wake or self.bot is None:
            return
        with self.db.session() as db:
            soonest = outbox_reads.next_due(db=db)
        if soonest is None:
            return
        delay = max(0.0, (soonest - self.clock.now()).total_seconds())
        if self.policies.tick is not None and delay >= self.policies.tick:
            return
        if self._timer is not None:
            self._timer.cancel()
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(delay + 0.05, self.poke)
