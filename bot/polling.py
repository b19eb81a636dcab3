"""Long polling that confirms an update to Telegram only once it was handled and committed.

PTB's own Updater confirms updates as soon as they are queued, so a bot killed mid-batch
would lose them. Here updates are handled concurrently, each chat's in its own lane
(`bot/intake.py`), and the getUpdates offset confirms only the highest id below which
everything is done: a slow update holds the offset back (and is offered again, which is
ignored while it runs), never the other chats. An update applied before is recognised
by the turn (its claim: `storage.transcript`).

One that cannot finish would hold the offset for good, and getUpdates returns at most
`limit` updates past it: once that many newer ones wait, one in hand longer than
`park_after` seconds is set aside on disk (`bot/spool.py`) and the offset passes it. It is
applied when its chat moves again, or from the spool after a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
import warnings
from typing import Any

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application
from telegram.warnings import PTBUserWarning

from bot.intake import Intake
from bot.policy import Backoff
from bot.spool import Spool

log = logging.getLogger(__name__)
# getUpdates is asked for raw (`do_api_request`) so that updates in hand are not parsed again
warnings.filterwarnings("ignore", message="Please use 'Bot.getUpdates'", category=PTBUserWarning)
TelegramErrors = (NetworkError, Conflict, RetryAfter)
RECHECK = 0.1  # seconds between polls while updates are in hand (the offset cannot move)


class ConfirmingPoller:
    def __init__(
        self,
        app: Application[Any, Any, Any, Any, Any, Any],
        backoff: Backoff,
        intake: Intake,
        spool: Spool,
        *,
        park_after: float = 5.0,
        timeout: int = 20,
        limit: int = 100,
    ) -> None:
        self.app, self.backoff, self.intake, self.spool = app, backoff, intake, spool
        self.park_after, self.timeout, self.limit = park_after, timeout, limit
        self.offset: int | None = None
        self.failures = 0
        self._running: set[int] = set()  # ids handed to the lanes, not done yet
        self._done: set[int] = set()  # ids done but at or above the offset
        self._parked: set[int] = set()  # ids running, set aside on disk (the offset passes)
        self._began: dict[int, float] = {}  # when each running id was handed over
        self._progress = asyncio.Event()
        self._stopping = False

    async def run(self) -> None:
        """Poll until cancelled or stopped, after what the spool kept."""
        for data in self.spool.load():
            update = Update.de_json(data, self.app.bot)
            if update is not None and update.update_id not in self._running:
                self._parked.add(update.update_id)
                self._start(update)
        while not self._stopping:
            if self._running:  # wait for one to finish (the offset may move), or a while
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._progress.wait(), RECHECK)
            self._progress.clear()  # set again by any update finished from here on
            for update in await self._fetch(0 if self._running else self.timeout):
                self._start(update)

    async def finish(self) -> None:
        """Once polling was cancelled: finish the updates in hand and confirm them."""
        self._stopping = True
        await self.intake.idle()
        if self.offset is not None:
            with contextlib.suppress(*TelegramErrors):
                await self.app.bot.get_updates(offset=self.offset, timeout=0, limit=1)

    def _start(self, update: Update) -> None:
        self._running.add(update.update_id)
        self._began[update.update_id] = time.monotonic()
        future = self.intake.put(update)
        future.add_done_callback(functools.partial(self._finished, update.update_id))

    def _finished(self, update_id: int, future: asyncio.Future[object]) -> None:
        self._running.discard(update_id)
        self._began.pop(update_id, None)
        if future.cancelled():
            return
        if future.exception() is not None:
            log.error("update %s failed", update_id, exc_info=future.exception())
        if update_id in self._parked:
            self._parked.discard(update_id)
            self.spool.remove(update_id)
        self._done.add(update_id)
        self._advance()
        self._progress.set()

    def _advance(self) -> None:
        """The offset: the lowest id still running and not set aside, else past the highest
        done or set aside."""
        waiting = self._running - self._parked
        low = min(waiting, default=max(self._done | self._parked, default=-1) + 1)
        self._done = {i for i in self._done if i >= low}
        if low > 0 and (self.offset is None or low > self.offset):
            self.offset = low

    def _park(self, window: list[dict[str, Any]]) -> None:
        """The window is full of updates in hand: set aside those in hand too long."""
        now = time.monotonic()
        stuck = [
            u for u in window
            if u["update_id"] in self._running and u["update_id"] not in self._parked
            and now - self._began.get(u["update_id"], now) >= self.park_after
        ]  # fmt: skip
        for update in stuck:
            self.spool.put(update)
            self._parked.add(update["update_id"])
            log.warning("update %s set aside: it holds back %d newer ones",
                        update["update_id"], len(window))  # fmt: skip
        if stuck:
            self._advance()

    async def _fetch(self, timeout: int) -> list[Update]:
        """The updates not in hand yet. Those still running come again (the offset cannot
        pass them), so they are recognised by id before they are parsed."""
        try:
            raw = await self.app.bot.do_api_request(
                "getUpdates",
                api_kwargs={
                    "offset": self.offset,
                    "timeout": timeout,
                    "limit": self.limit,
                    "allowed_updates": Update.ALL_TYPES,
                },
                read_timeout=timeout + 10,
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
            return []
        except TimedOut:
            return []
        except (NetworkError, Conflict) as exc:
            log.warning("getUpdates failed: %s", exc)
            await self._back_off()
            return []
        self.failures = 0
        floor, known = self.offset or 0, self._running | self._done
        window = [u for u in raw or () if isinstance(u.get("update_id"), int)]
        fresh = [
            u
            for u in window
            if u["update_id"] >= floor  # below the offset: done (a poll that began before)
            and u["update_id"] not in known
        ]
        if len(window) >= self.limit and not fresh:
            self._park(window)
        return [u for u in (Update.de_json(data, self.app.bot) for data in fresh) if u]

    async def _back_off(self) -> None:
        self.failures += 1
        await asyncio.sleep(self.backoff.delay(self.failures))
