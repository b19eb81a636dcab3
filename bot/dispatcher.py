"""The engagement loop's sender: wakes up, asks the database what is due, sends it.

PTB's JobQueue (APScheduler) wakes `tick` every ENGAGEMENT_TICK_SECONDS, and `poke` wakes
it as soon as something is queued or falls due; every decision comes from table rows
claimed atomically, so a restart, a second process or a double tick never sends a row
twice. Nothing lives only in memory.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.render import encoded
from storage import audience, outbox, outbox_reads, transcript
from storage.models import BACKGROUND_KINDS, FILE_KINDS, REPROMPT_KINDS, State
from storage.outbox import Queued
from usecases import engagement, files, polls
from usecases.context import SYSTEM

if TYPE_CHECKING:
    from bot.deps import Deps

log = logging.getLogger(__name__)


class Dispatcher:
    def __init__(self, d: Deps) -> None:
        self.d = d
        self.bot: Any = None
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
        if not self.d.policies.wake or self.bot is None:
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
        d = self.d
        with d.run(SYSTEM) as call:
            polls.close_due(call.ctx)

    async def _drain(self) -> int:
        d, sent = self.d, 0
        while True:
            with d.db.transaction() as db:
                claimed = outbox.claim_due(
                    db=db, now=d.clock.now(), limit=d.policies.batch, lease=d.policies.lease
                )
            if not claimed:
                return sent
            ready = [await self._make_file(r) if r.kind in FILE_KINDS else r for r in claimed]
            ready = self._prepare([r for r in ready if r is not None])
            sent += await d.sender.send(ready)

    def _prepare(self, claimed: Sequence[Queued]) -> list[Queued]:
        """Compose due reprompts and apply the one "can be messaged" rule to everything
        that is not a reply; what may not go is settled, not sent."""
        d = self.d
        with d.run(SYSTEM) as call:
            ctx, db = call.ctx, call.ctx.db
            background = [r for r in claimed if r.kind in BACKGROUND_KINDS]
            members = audience.reachable_members(
                db=db, pairs=[(r.session_id, r.member_id) for r in background if r.member_id]
            )
            groups = audience.reachable_groups(
                db=db,
                pairs=[(r.session_id, r.chat_id) for r in background if r.member_id is None],
            )
            ready = []
            for row in claimed:
                if row.kind in BACKGROUND_KINDS and not _may_go(row, members, groups):
                    outbox.settle(db=db, row=row, state=State.SKIPPED, error="cannot be messaged")
                    continue
                if row.kind in REPROMPT_KINDS:  # composed now, when it may go
                    out = engagement.compose(ctx, row)
                    if out is None:
                        outbox.settle(
                            db=db, row=row, state=State.CANCELLED, error="no longer applies"
                        )
                        continue
                    if isinstance(out, datetime):  # quiet hours, or the daily cap
                        outbox.release(db=db, rows=[row], when=out)
                        continue
                    if row.text is None:
                        meta = {**(row.meta or {}), "question": out.question}
                        row = row.but(text=out.text, buttons=encoded(out.buttons), meta=meta)
                ready.append(row)
        return ready

    async def _make_file(self, row: Queued) -> Queued | None:
        """Make a file's content off the event loop, in a session of its own (an export
        of a large session takes a while); None if it could not be made."""
        spec = (row.meta or {}).get("file") or {}
        try:
            made = await asyncio.to_thread(self._made, spec)
        except Exception:
            log.exception("could not make %s for chat %s", spec.get("maker"), row.chat_id)
            with self.d.db.transaction() as db:
                outbox.settle(db=db, row=row, state=State.FAILED, error="could not make the file")
            return None
        meta = {**(row.meta or {}), "path": str(made.path), "filename": made.filename}
        return row.but(text=made.caption or made.filename, meta=meta)

    def _made(self, spec: dict[str, Any]) -> files.Made:
        d = self.d
        with d.db.session() as db:
            return files.make(
                spec.get("maker", ""), db, d.services, d.clock.now(), spec.get("params") or {},
                d.files_dir,
            )  # fmt: skip

    def _prune(self) -> None:
        d = self.d
        with d.db.transaction() as db:
            transcript.prune_processed_updates(
                db=db, now=d.clock.now(), keep=d.policies.keep_processed
            )

    def _plan_wake(self) -> None:
        """Wake up again when the soonest waiting row falls due, if before the next tick."""
        d = self.d
        if not d.policies.wake or self.bot is None:
            return
        with d.db.session() as db:
            due = outbox_reads.next_due(db=db)
        if due is None:
            return
        delay = max(0.0, (due - d.clock.now()).total_seconds())
        if d.policies.tick is not None and delay >= d.policies.tick:
            return
        if self._timer is not None:
            self._timer.cancel()
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(delay + 0.05, self.poke)


def _may_go(row: Queued, members: set[tuple[int, int]], groups: set[tuple[int, int]]) -> bool:
    if row.session_id is None:
        return True
    if row.member_id is not None:
        return (row.session_id, row.member_id) in members
    return (row.session_id, row.chat_id) in groups
