"""Optional flood-limit enforcement counts violations for benchmarks."""

from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import RetryAfter

from botapi_double import BotApiDouble


@pytest.fixture
async def strict() -> AsyncIterator[BotApiDouble]:
    async with BotApiDouble(enforce_limits=True) as double:
        double.state.clock = lambda: 1000.0  # frozen time: no refill between sends
        yield double


async def test_private_chat_burst_then_429(strict: BotApiDouble) -> None:
    alice = strict.user(1001)
    alice.says("hi")
    async with Bot(strict.token, base_url=strict.base_url) as bot:
        for n in range(3):  # a small burst is fine
            await bot.send_message(alice.id, f"part {n}")
        with pytest.raises(RetryAfter):
            await bot.send_message(alice.id, "one too many")
    (violation,) = strict.limit_violations
    assert (violation.chat_id, violation.rule) == (alice.id, "private 1/s")
    assert len(alice.messages) == 3


async def test_group_limit(strict: BotApiDouble) -> None:
    group = strict.group(-100123, "Allotment")
    async with Bot(strict.token, base_url=strict.base_url) as bot:
        for n in range(20):
            await bot.send_message(group.chat_id, f"post {n}")
        with pytest.raises(RetryAfter):
            await bot.send_message(group.chat_id, "post 21")
    assert [v.rule for v in strict.limit_violations] == ["group 20/min"]


async def test_violations_are_counted_without_enforcement(api: BotApiDouble) -> None:
    api.state.clock = lambda: 1000.0
    alice = api.user(1001)
    alice.says("hi")
    async with Bot(api.token, base_url=api.base_url) as bot:
        for n in range(5):
            await bot.send_message(alice.id, f"part {n}")
    assert len(alice.messages) == 5
    assert len(api.limit_violations) == 2


async def test_private_chat_refills_one_per_second(strict: BotApiDouble) -> None:
    alice = strict.user(1001)
    alice.says("hi")
    now = [1000.0]
    strict.state.clock = lambda: now[0]
    async with Bot(strict.token, base_url=strict.base_url) as bot:
        for n in range(10):
            await bot.send_message(alice.id, f"paced {n}")
            now[0] += 1.0
    assert strict.limit_violations == []
