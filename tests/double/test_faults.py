"""Injected faults surface as the PTB exceptions a real outage would cause."""

import pytest
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from botapi_double import BotApiDouble, User


async def test_retry_after(bot: Bot, api: BotApiDouble, alice: User) -> None:
    api.fail("sendMessage", "retry_after", retry_after=7)
    with pytest.raises(RetryAfter, match="Retry in 7 seconds"):
        await bot.send_message(alice.id, "hi")
    await bot.send_message(alice.id, "hi")  # only one call fails
    assert [m.text for m in alice.messages] == ["hi"]


async def test_forbidden_and_server_error(bot: Bot, api: BotApiDouble, alice: User) -> None:
    api.fail("sendMessage", "forbidden", chat_id=alice.id)
    api.fail("sendMessage", "server_error")
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(alice.id, "hi")
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(alice.id, "hi")


async def test_timeout_fires_the_client_timeout(api: BotApiDouble, alice: User) -> None:
    api.fail("sendMessage", "timeout", hold=60)
    request = HTTPXRequest(read_timeout=0.2)
    async with Bot(api.token, base_url=api.base_url, request=request) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(alice.id, "hi")
    assert alice.messages == []


async def test_blocked_user(bot: Bot, api: BotApiDouble, alice: User) -> None:
    alice.blocks_bot()
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(alice.id, "hi")
    updates = await bot.get_updates()
    member = updates[-1].my_chat_member
    assert (member.old_chat_member.status, member.new_chat_member.status) == ("member", "kicked")
    alice.unblocks_bot()
    await bot.send_message(alice.id, "welcome back")
    assert alice.last_reply().text == "welcome back"


async def test_unknown_callback_query(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query("12345")
