"""A bot to kill, for the crash test (`tests/e2e/test_crashes.py`): a fork server.

    python -m tests.e2e.crash_child

Imports the bot once (about two seconds), prints "zygote", then reads commands on stdin:

    spawn CLOCK   fork a bot process at the injected time CLOCK (ISO 8601); prints
                  "pid N" at once, and the bot prints "ready N" once it polls and has
                  sent what a killed predecessor left unsent

Each bot is the real one in polling mode (`BotRunner`, as `codesign run` runs it) with the
tests' policies, its own event loop, engine and connections; the test kills it with
SIGKILL (or ends it with SIGTERM: a graceful stop). The server reaps its bots and prints
"exit N STATUS" for each; at the end of stdin it kills the bots it started and exits.
Reads DATABASE_URL, TELEGRAM_API_BASE_URL, TELEGRAM_BOT_TOKEN and FLOWS_DIR from the
environment.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import signal
import sys
from dataclasses import replace
from datetime import datetime

import dialogs
from bot.app import BotRunner
from bot.clock import FixedClock
from bot.settings import load_settings
from tests.e2e.conftest import ORGANISER_ID, TEST_POLICIES


def say(line: str) -> None:
    os.write(1, f"{line}\n".encode())  # one write: lines of the server and its bots never mix


async def run_bot(clock: str) -> None:
    settings = load_settings(admin_ids=(ORGANISER_ID,))
    # No periodic tick; `wake` sends what falls due (a retry) without waiting for one.
    policies = replace(TEST_POLICIES, wake=True)
    runner = BotRunner(settings, FixedClock(datetime.fromisoformat(clock)), policies)
    stopping = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopping.set)
    await runner.start()  # every claim lapses: whoever held them was killed
    # What the killed predecessor had queued or claimed and not sent goes now, before any
    # update is handled (the poller has not fetched yet: a chat's order holds).
    await runner.tick()
    say(f"ready {os.getpid()}")
    await stopping.wait()
    await runner.stop()
    runner.db.dispose()


def bot_process(clock: str) -> None:
    """In the forked child: run one bot until killed or told to stop."""
    code = 1
    try:
        os.close(0)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        asyncio.run(run_bot(clock))
        code = 0
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def reap(children: set[int]) -> None:
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        children.discard(pid)
        say(f"exit {pid} {os.waitstatus_to_exitcode(status)}")


def main() -> None:
    dialogs.analyse("warm up")  # TextBlob's import, once for every bot
    say("zygote")
    children: set[int] = set()
    pending = b""
    while True:
        readable, _, _ = select.select([0], [], [], 0.02)
        reap(children)
        if not readable:
            continue
        chunk = os.read(0, 4096)
        if not chunk:
            break
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            command, _, argument = line.decode().strip().partition(" ")
            if command != "spawn":
                continue
            pid = os.fork()
            if pid == 0:
                bot_process(argument)
            children.add(pid)
            say(f"pid {pid}")
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    for pid in list(children):
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


if __name__ == "__main__":
    main()
