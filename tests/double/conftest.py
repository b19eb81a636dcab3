"""Fixtures: a running double and a PTB ``Bot`` pointed at it."""

from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from botapi_double import BotApiDouble, User


@pytest.fixture
async def api() -> AsyncIterator[BotApiDouble]:
    async with BotApiDouble(bot_username="codesign_test_bot") as double:
        yield double


@pytest.fixture
async def bot(api: BotApiDouble) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as ptb_bot:
        yield ptb_bot


@pytest.fixture
def alice(api: BotApiDouble) -> User:
    user = api.user(1001, "Alice", "alice")
    user.says("hello")  # Telegram only lets a bot write to users who wrote first
    return user
