"""A bot process in webhook mode for the multi-process tests: the real BotRunner and
webhook server, its own interpreter.

    python -m tests.e2e.webhook_child

Reads the usual settings from the environment (DATABASE_URL, TELEGRAM_API_BASE_URL,
TELEGRAM_BOT_TOKEN, WEBHOOK_URL, WEBHOOK_SECRET, PORT, FLOWS_DIR) and CHILD_CLOCK (the
injected time, ISO 8601); prints "ready" once it listens, then obeys lines on stdin:
"advance S" moves its clock S seconds on; "tick" runs the engagement loop once and prints
"ticked N"; "stop" stops gracefully and prints "stopped".
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime

from bot.app import BotRunner
from bot.clock import FixedClock
from bot.settings import load_settings
from bot.webhook import serve_webhook
from tests.e2e.conftest import TEST_POLICIES


async def main() -> None:
    import os

    settings = load_settings(admin_ids=(9001,))
    clock = FixedClock(datetime.fromisoformat(os.environ["CHILD_CLOCK"]))
    runner = BotRunner(settings, clock, TEST_POLICIES)
    await runner.start()
    site = await serve_webhook(runner)
    print("ready", flush=True)
    loop = asyncio.get_running_loop()
    while True:
        line = (await loop.run_in_executor(None, sys.stdin.readline)).strip()
        if line.startswith("advance "):
            clock.advance(seconds=float(line.split()[1]))
            print("advanced", flush=True)
        elif line == "tick":
            print(f"ticked {await runner.tick()}", flush=True)
        elif line == "settle":
            await runner.settle()
            print("settled", flush=True)
        elif line in ("stop", ""):
            runner.stopping = True
            await site.cleanup()
            await runner.stop()
            runner.db.dispose()
            print("stopped", flush=True)
            return


if __name__ == "__main__":
    asyncio.run(main())
