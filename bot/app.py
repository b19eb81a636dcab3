"""The composition root: wire settings, database, flows and handlers into a PTB Application."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application

import dialogs
from bot.calls import UseCases
from bot.clock import Clock, SystemClock
from bot.commands import register
from bot.delivery import Sender
from bot.dispatcher import Dispatcher
from bot.http import AiohttpRequest
from bot.intake import FloodGate, Intake
from bot.limits import Pacer
from bot.menus import Menus
from bot.policy import Policies
from bot.polling import ConfirmingPoller
from bot.settings import Settings
from bot.spool import Spool, spool_for
from bot.turn import Turns
from dialogs.errors import FlowError
from dialogs.loader import FlowFile, default_flows_dir, load_flow_files, read_flow_dir
from storage import outbox
from storage.db import Database
from texts.i18n import CATALOGUES
from usecases import flow_files, notices, variants
from usecases.catalogue import CATALOGUE
from usecases.commands import Command
from usecases.context import SYSTEM, Services
from usecases.flows import FlowCatalog

log = logging.getLogger(__name__)


def build_application(
    settings: Settings, policies: Policies
) -> Application[Any, Any, Any, Any, Any, Any]:
    """PTB's Application as the bot uses it: no Updater of its own (`bot/polling.py` and
    `bot/webhook.py` take updates), requests through one gate (`bot/http.py`), sends
    paced; getUpdates on a connection of its own."""
    builder = (
        Application.builder()
        .token(settings.token())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_file_base_url)
        .updater(None)
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(1))
    )
    if policies.pacing is not None:
        return builder.rate_limiter(Pacer(policies.pacing)).build()
    return builder.build()


def use_cases(
    settings: Settings,
    clock: Clock | None = None,
    policies: Policies | None = None,
    catalogue: tuple[Command, ...] = CATALOGUE,
) -> UseCases:
    """The database (migrated), the clock and the services use cases run with: all the
    command line needs, and what the bot is built on."""
    db = Database(settings.database_url)
    db.upgrade()
    policies = policies or Policies(tick=settings.engagement_tick_seconds)
    services = make_services(settings, catalogue)
    if policies.pacing is not None:
        services.send_rate = policies.pacing.overall_per_second
    return UseCases(db, clock or SystemClock(), services, lease=policies.lease)


def make_services(settings: Settings, catalogue: tuple[Command, ...] = CATALOGUE) -> Services:
    """What use cases need besides the database (the command line has no token: no
    ballots to key there)."""
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    return Services(
        flows=FlowCatalog(*read_installed_flows(settings)),
        admin_ids=settings.admin_ids,
        ballot_secret=hashlib.sha256(b"codesign-ballot:" + token.encode()).digest(),
        default_zone=ZoneInfo(settings.default_timezone),
        commands=catalogue,
        fit=variants.fit,
    )


def installed_flows(settings: Settings) -> dict[str, FlowFile]:
    """The shipped flows, and the organisers' own from FLOWS_DIR: a file there that does
    not load is reported as its `file:line: reason` lines and left out, alone."""
    return read_installed_flows(settings)[0]


def read_installed_flows(settings: Settings) -> tuple[dict[str, FlowFile], list[FlowError]]:
    """`installed_flows`, and the problems of the files left out (told to their
    organisers at start, `usecases.flow_files.tell_flow_problems`)."""
    flows = load_flow_files(default_flows_dir())
    problems: list[FlowError] = []
    if settings.flows_dir is not None:
        own, problems = read_flow_dir(settings.flows_dir, taken=flows)
        for problem in problems:
            log.warning("flow left out: %s", problem)
        flows.update(own)
    return flows, problems


class BotRunner:
    """The composition root: builds every part of the bot, each with only what it needs,
    and starts and stops them in this process (the CLI and the end-to-end tests use it).
    `catalogue`: the commands it knows (tests add one)."""

    def __init__(
        self,
        settings: Settings,
        clock: Clock | None = None,
        policies: Policies | None = None,
        *,
        catalogue: Iterable[Command] = CATALOGUE,
    ) -> None:
        catalogue = tuple(catalogue)
        self.settings = settings
        self.policies = policies or Policies(tick=settings.engagement_tick_seconds)
        self.calls = use_cases(settings, clock, self.policies, catalogue)
        self.db, self.clock, self.services = self.calls.db, self.calls.clock, self.calls.services
        self.files_dir = Path(tempfile.mkdtemp(prefix="codesign-"))
        self.sender = Sender(self.db, self.clock, self.policies)
        self.dispatcher = Dispatcher(self.calls, self.sender, self.policies, self.files_dir)
        self.calls.wake = self.sender.wake = self.dispatcher.poke
        self.menus = Menus(self.calls)
        self.turns = Turns(
            self.calls,
            self.sender,
            self.menus,
            lock_chats=settings.webhook_url is not None,  # other processes take updates too
            group_refusals=FloodGate(1, 1 / 600, 0),  # a refusal in a group: 1 in 10 min
        )
        self.app = build_application(settings, self.policies)
        self.intake = Intake(self.app, self.policies, self._too_fast)
        register(self.app, self.turns, self.intake, catalogue)
        self.poller: ConfirmingPoller | None = None
        self._task: asyncio.Task[None] | None = None
        self.stopping = False

    async def start(self) -> None:
        dialogs.sentiment.warm_up()  # loads the analysers now, not during a member's first answer
        CATALOGUES.warm_up()  # and the texts in English
        await self._reach_bot_api()
        self.services.bot_username = self.app.bot.username
        self.dispatcher.bot = self.sender.bot = self.app.bot
        self.dispatcher.loop = asyncio.get_running_loop()
        try:
            await self.menus.start(self.app.bot)
        except TelegramError as exc:
            log.warning("could not set the command list: %s", exc)
        await self.app.start()
        with self.calls.run(SYSTEM) as call:  # a flow file that did not load: told in the chat
            flow_files.tell_flow_problems(call.ctx)
        if self.settings.webhook_url is None:
            await self.app.bot.delete_webhook()
            # the only process taking updates (Telegram refuses a second getUpdates): what
            # a killed predecessor claimed and did not send goes now, not when claims lapse
            with self.db.transaction() as db:
                outbox.release_claims(db=db, now=self.clock.now())
            self.poller = ConfirmingPoller(
                self.app, self.policies.poll, self.intake,
                Spool(spool_for(self.settings.database_url)),
                park_after=self.policies.park_after,
            )  # fmt: skip
            self._task = asyncio.create_task(self.poller.run())
        if self.policies.tick is not None:
            assert self.app.job_queue is not None  # installed with the job-queue extra
            self.app.job_queue.run_repeating(
                self._tick,
                interval=self.policies.tick,
                first=0.5,
                job_kwargs={"max_instances": 2, "coalesce": True},
            )
        log.info("bot @%s is running", self.services.bot_username)

    async def _reach_bot_api(self) -> None:
        """getMe until the Bot API answers: one warning line, no traceback, then quiet
        retries (a refused token is fatal and raised)."""
        failures = 0
        while True:
            try:
                await self.app.initialize()
                if failures:
                    log.warning("Bot API reachable after %d tries", failures + 1)
                return
            except InvalidToken:
                raise
            except (NetworkError, RetryAfter) as exc:  # not a BadRequest: nothing was refused
                failures += 1
                wait = self.policies.poll.delay(failures)
                log.log(
                    logging.WARNING if failures == 1 else logging.DEBUG,
                    "Bot API at %s unreachable (%s); trying again, every %.0f s at most",
                    self.settings.telegram_api_base_url, exc, self.policies.poll.cap,
                )  # fmt: skip
                await asyncio.sleep(wait)

    async def _tick(self, _context: object) -> None:
        await self.dispatcher.tick()

    async def _too_fast(self, update: Update) -> None:
        await self.turns.notice(update, notices.too_fast)

    async def tick(self) -> int:
        """Run the engagement loop once now (tests drive time with an injected clock)."""
        return await self.dispatcher.tick()

    async def process(self, update: Update) -> bool:
        """Handle one update outside polling (webhook mode), in its chat's lane; False to
        ask for redelivery (the database was unreachable)."""
        return bool(await self.intake.put(update, persist=False))

    async def settle(self) -> None:
        """Until every update in hand is handled and everything it caused was sent and
        recorded (tests and a graceful stop)."""
        while len(self.intake.lanes) or len(self.sender.lanes) or self.sender.unrecorded:
            await self.intake.idle()
            await self.sender.idle()

    async def stop(self) -> None:
        """Gracefully: stop taking updates, finish those in hand and send what they owe."""
        self.stopping = True
        self.dispatcher.stop()
        await self.menus.stop()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self.poller is not None:
            await self.poller.finish()
        await self.settle()
        await self.intake.lanes.close()
        await self.sender.lanes.close()
        self.sender.flush()
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()

    async def wait(self) -> None:
        """Until the poller stops (it only stops on a fatal error or cancellation)."""
        if self._task is not None:
            await self._task
        else:
            await asyncio.Event().wait()
