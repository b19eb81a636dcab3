"""A second bot process for the multi-process tests: the same code, its own interpreter.

    python -m tests.e2e.child_bot

Reads DATABASE_URL, TELEGRAM_API_BASE_URL, TELEGRAM_BOT_TOKEN, FLOWS_DIR and CHILD_CLOCK
(the injected time, ISO 8601) from the environment; prints "ready", waits for a line on
stdin, runs the engagement loop once (CHILD_BATCH rows claimed at a time, CHILD_PACING
messages a second), prints "sent N" and exits.
"""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import replace
from datetime import datetime

from bot.app import BotRunner
from bot.clock import FixedClock
from bot.policy import Pacing
from bot.settings import load_settings
from tests.e2e.conftest import TEST_POLICIES


async def main() -> None:
    settings = load_settings(admin_ids=(9001,))
    pacing = float(os.environ.get("CHILD_PACING", "0"))
    policies = replace(
        TEST_POLICIES,
        batch=int(os.environ.get("CHILD_BATCH", "50")),
        pacing=Pacing(overall_per_second=pacing) if pacing else None,
    )
    runner = BotRunner(
        settings, FixedClock(datetime.fromisoformat(os.environ["CHILD_CLOCK"])), policies
    )
    app = runner.app
    await app.initialize()
    runner.services.bot_username = app.bot.username
    runner.dispatcher.bot = runner.sender.bot = app.bot
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    sent = await runner.dispatcher.tick()
    print(f"sent {sent}", flush=True)
    await app.shutdown()
    runner.db.dispose()


if __name__ == "__main__":
    asyncio.run(main())
