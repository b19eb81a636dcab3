"""Long polling that confirms an update to Telegram only once it was handled and committed.

PTB's own Updater confirms updates as soon as they are queued, so a bot killed mid-batch
would lose them. Here the offset moves past an update only after `process_update`
returned; an update whose handling hit an unreachable database is tried again, and one
applied before is recognised by the turn (`storage.transcript.claim_update`).
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application

from bot.deps import Deps

log = logging.getLogger(__name__)


class ConfirmingPoller:
    def __init__(self, app: Application, d: Deps, *, timeout: int = 20, limit: int = 100) -> None:
        self.app, self.d, self.timeout, self.limit = app, d, timeout, limit
        self.offset: int | None = None
        self.failures = 0

    async def run(self) -> None:
        """Poll until cancelled."""
        while True:
            updates = await self._fetch()
            for update in updates:
                if not await self.handle(update):
                    await self._back_off()
                    break
                self.offset = update.update_id + 1

    async def _fetch(self) -> tuple[Update, ...]:
        try:
            updates = await self.app.bot.get_updates(
                offset=self.offset,
                timeout=self.timeout,
                limit=self.limit,
                allowed_updates=Update.ALL_TYPES,
            )
        except InvalidToken:
            raise
        except RetryAfter as exc:
            await asyncio.sleep(
                float(
                    exc.retry_after
                    if isinstance(exc.retry_after, int | float)
                    else exc.retry_after.total_seconds()
                )
            )
            return ()
        except TimedOut:
            return ()
        except (NetworkError, Conflict) as exc:
            log.warning("getUpdates failed: %s", exc)
            await self._back_off()
            return ()
        self.failures = 0
        return updates

    async def handle(self, update: Update) -> bool:
        """Apply one update (once: the turn claims its id); False if it must be tried again
        later (the database was unreachable)."""
        await self.app.process_update(update)
        if update.update_id in self.d.retry_updates:
            self.d.retry_updates.discard(update.update_id)
            return False
        return True

    async def _back_off(self) -> None:
        self.failures += 1
        await asyncio.sleep(self.d.policies.poll.delay(self.failures))
