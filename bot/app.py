"""The composition root: wire settings, database, flows and handlers into a PTB Application."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

import dialogs
from bot.clock import Clock, SystemClock
from bot.deps import Deps
from bot.handlers import buttons, errors, join, member, organiser, polls, proposals, reports
from bot.http import GatedRequest
from bot.intake import Intake
from bot.limits import Pacer
from bot.policy import Policies
from bot.polling import ConfirmingPoller
from bot.settings import Settings
from dialogs.loader import FlowFile, default_flows_dir, load_flow_files, read_flow_dir
from storage import outbox
from storage.db import Database
from usecases.context import Services
from usecases.flows import FlowCatalog

log = logging.getLogger(__name__)


def register(app: Application) -> None:
    # New messages only: an edited message must not count as a new answer or command.
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    commands: list[tuple[str, Callable[..., Awaitable[None]]]] = [
        ("start", join.on_start),
        ("help", member.on_help),
        ("pause", member.on_pause),
        ("resume", member.on_resume),
        ("back", member.on_back),
        ("skip", member.on_skip),
        ("newsession", organiser.on_newsession),
        ("flows", organiser.on_flows),
        ("sessions", organiser.on_sessions),
        ("open", organiser.on_open),
        ("close", organiser.on_close),
        ("grant", organiser.on_grant),
        ("revoke", organiser.on_revoke),
        ("team", organiser.on_team),
        ("audit", organiser.on_audit),
        ("broadcast", organiser.on_broadcast),
        ("nudge", organiser.on_nudge),
        ("timezone", member.on_timezone),
        ("propose", proposals.on_propose),
        ("proposals", proposals.on_proposals),
        ("feedback", proposals.on_feedback),
        ("hide", proposals.on_hide),
        ("unhide", proposals.on_unhide),
        ("poll", polls.on_poll),
        ("results", polls.on_results),
        ("closepoll", polls.on_closepoll),
        ("stats", reports.on_stats),
        ("export", reports.on_export),
        ("answers", reports.on_answers),
        ("mydata", reports.on_mydata),
        ("forget", reports.on_forget),
        ("cancel", member.on_form_command),
        ("done", member.on_form_command),
    ]
    for name, callback in commands:
        app.add_handler(CommandHandler(name, callback, filters=private))
    app.add_handler(
        CommandHandler("linkgroup", polls.on_linkgroup, filters=filters.UpdateType.MESSAGE)
    )
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE, member.on_edited
        )
    )
    app.add_handler(MessageHandler(filters.COMMAND & private, member.on_unknown_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & private, member.on_text))
    app.add_handler(
        MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, member.on_non_text)
    )
    app.add_handler(CallbackQueryHandler(buttons.on_button))
    app.add_handler(ChatMemberHandler(member.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(errors.on_error)


def build_application(d: Deps) -> Application:
    builder = (
        Application.builder()
        .token(d.settings.token())
        .base_url(d.settings.telegram_api_base_url)
        .updater(None)
        .request(GatedRequest())
    )
    if d.policies.pacing is not None:
        builder = builder.rate_limiter(Pacer(d.policies.pacing))
    app = builder.build()
    app.bot_data["deps"] = d
    register(app)
    return app


def make_deps(
    settings: Settings, clock: Clock | None = None, policies: Policies | None = None
) -> Deps:
    db = Database(settings.database_url)
    db.upgrade()
    policies = policies or Policies(tick=settings.engagement_tick_seconds)
    services = make_services(settings)
    if policies.pacing is not None:
        services.send_rate = policies.pacing.overall_per_second
    return Deps(settings, db, clock or SystemClock(), services, policies)


def make_services(settings: Settings) -> Services:
    """What use cases need besides the database (the command line has no token: no
    ballots to key there)."""
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    return Services(
        flows=FlowCatalog(installed_flows(settings)),
        admin_ids=settings.admin_ids,
        ballot_secret=hashlib.sha256(b"codesign-ballot:" + token.encode()).digest(),
        default_zone=ZoneInfo(settings.default_timezone),
    )


def installed_flows(settings: Settings) -> dict[str, FlowFile]:
    """The shipped flows, and the organisers' own from FLOWS_DIR: a file there that does
    not load is reported as its `file:line: reason` lines and left out, alone."""
    flows = load_flow_files(default_flows_dir())
    if settings.flows_dir is not None:
        own, problems = read_flow_dir(settings.flows_dir, taken=flows)
        for problem in problems:
            log.warning("flow left out: %s", problem)
        flows.update(own)
    return flows


class BotRunner:
    """Start and stop the bot in this process (the CLI and the end-to-end tests use it)."""

    def __init__(self, d: Deps) -> None:
        self.d = d
        self.app = build_application(d)
        self.intake = Intake(self.app, d)
        self.poller: ConfirmingPoller | None = None
        self._task: asyncio.Task[None] | None = None
        self.stopping = False

    async def start(self) -> None:
        dialogs.analyse("warm up")  # imports TextBlob now, not during a member's first answer
        await self._reach_bot_api()
        self.d.services.bot_username = self.app.bot.username
        self.d.dispatcher.bot = self.d.sender.bot = self.app.bot
        self.d.dispatcher.loop = asyncio.get_running_loop()
        try:
            await self.d.menus.start(self.app.bot)
        except TelegramError as exc:
            log.warning("could not set the command list: %s", exc)
        await self.app.start()
        if self.d.settings.webhook_url is None:
            await self.app.bot.delete_webhook()
            # the only process taking updates (Telegram refuses a second getUpdates): what
            # a killed predecessor claimed and did not send goes now, not when claims lapse
            with self.d.db.transaction() as db:
                outbox.release_claims(db=db, now=self.d.clock.now())
            self.poller = ConfirmingPoller(self.app, self.d, self.intake)
            self._task = asyncio.create_task(self.poller.run())
        if self.d.policies.tick is not None:
            self.app.job_queue.run_repeating(
                self._tick,
                interval=self.d.policies.tick,
                first=0.5,
                job_kwargs={"max_instances": 2, "coalesce": True},
            )
        log.info("bot @%s is running", self.d.services.bot_username)

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
                wait = self.d.policies.poll.delay(failures)
                log.log(
                    logging.WARNING if failures == 1 else logging.DEBUG,
                    "Bot API at %s unreachable (%s); trying again, every %.0f s at most",
                    self.d.settings.telegram_api_base_url, exc, self.d.policies.poll.cap,
                )  # fmt: skip
                await asyncio.sleep(wait)

    async def _tick(self, context: Any) -> None:
        await self.d.dispatcher.tick()

    async def tick(self) -> int:
        """Run the engagement loop once now (tests drive time with an injected clock)."""
        return await self.d.dispatcher.tick()

    async def process(self, update: Update) -> bool:
        """Handle one update outside polling (webhook mode), in its chat's lane; False to
        ask for redelivery (the database was unreachable)."""
        return bool(await self.intake.put(update, persist=False))

    async def settle(self) -> None:
        """Until every update in hand is handled and everything it caused was sent and
        recorded (tests and a graceful stop)."""
        while len(self.intake.lanes) or len(self.d.sender.lanes) or self.d.sender.unrecorded:
            await self.intake.idle()
            await self.d.sender.idle()

    async def stop(self) -> None:
        """Gracefully: stop taking updates, finish those in hand and send what they owe."""
        self.stopping = True
        self.d.dispatcher.stop()
        await self.d.menus.stop()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self.poller is not None:
            await self.poller.finish()
        await self.settle()
        await self.intake.lanes.close()
        await self.d.sender.lanes.close()
        self.d.sender.flush()
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()

    async def wait(self) -> None:
        """Until the poller stops (it only stops on a fatal error or cancellation)."""
        if self._task is not None:
            await self._task
        else:
            await asyncio.Event().wait()
