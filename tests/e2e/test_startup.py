"""Starting while the Bot API server cannot be reached: one warning line, no traceback,
and the bot carries on by itself once the server answers."""

from __future__ import annotations

import asyncio
import logging
import socket

import pytest

from bot.app import BotRunner
from bot.settings import load_settings
from botapi_double import BotApiDouble
from tests.e2e.conftest import BOT_USERNAME, TEST_POLICIES

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_an_unreachable_bot_api_at_start_is_one_line_and_retried(
    database_url, clock, caplog
) -> None:
    port = free_port()
    double = BotApiDouble(bot_username=BOT_USERNAME, port=port)
    settings = load_settings(
        telegram_bot_token=double.token,
        telegram_api_base_url=double.base_url,
        database_url=database_url,
    )
    runner = BotRunner(settings, clock, TEST_POLICIES)
    caplog.set_level(logging.DEBUG, logger="bot.app")
    starting = asyncio.create_task(runner.start())
    try:
        while sum("unreachable" in r.getMessage() for r in caplog.records) < 3:
            await asyncio.sleep(0.01)  # it keeps trying (a few milliseconds apart in tests)
        async with double:
            await asyncio.wait_for(starting, timeout=10)
            alice = double.user(1001, "Alice")
            alice.says("/help")
            await double.wait_for(lambda: alice.messages, timeout=10, what="a reply")
    finally:
        await runner.stop()
        runner.db.dispose()
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert sum("unreachable" in r.getMessage() for r in warnings) == 1
    assert not [r for r in caplog.records if r.exc_info], "no traceback"
