"""The bot's aiohttp request for PTB: what it sends (JSON, multipart with files) and what
its failures are, against the double (the end-to-end tests use it throughout)."""

from __future__ import annotations

import asyncio
import io
import logging
import socket
from collections.abc import AsyncIterator

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.http import AiohttpRequest
from bot.logs import RedactToken
from botapi_double import BotApiDouble, User


@pytest.fixture
async def api() -> AsyncIterator[BotApiDouble]:
    async with BotApiDouble(bot_username="codesign_test_bot") as double:
        yield double


@pytest.fixture
def alice(api: BotApiDouble) -> User:
    user = api.user(1001, "Alice", "alice")
    user.says("hello")
    return user


def _bot(api: BotApiDouble, request: AiohttpRequest | None = None) -> Bot:
    return Bot(api.token, base_url=api.base_url, request=request or AiohttpRequest(4))


async def test_sends_json_and_files(api: BotApiDouble, alice: User) -> None:
    async with _bot(api) as bot:
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="y")]])
        sent = await bot.send_message(alice.id, "<b>hi</b>", parse_mode="HTML",
                                      reply_markup=keyboard)  # fmt: skip
        content = io.BytesIO(b"a,b\n1,2\n")
        await bot.send_document(alice.id, content, filename="résultats.csv", caption="the file")
    first, second = alice.messages
    assert (first.message_id, first.text, first.buttons) == (
        sent.message_id,
        "hi",
        [[("Yes", "y")]],
    )
    assert second.document is not None and second.caption == "the file"
    assert (second.document.file_name, second.document.data) == ("résultats.csv", b"a,b\n1,2\n")


async def test_telegram_refusals_are_ptb_errors(api: BotApiDouble, alice: User) -> None:
    api.fail("sendMessage", "retry_after", retry_after=7)
    api.fail("sendMessage", "forbidden", chat_id=alice.id)
    api.fail("sendMessage", "bad_request")
    api.fail("sendMessage", "server_error")
    async with _bot(api) as bot:
        for error in (RetryAfter, Forbidden, BadRequest, NetworkError):
            with pytest.raises(error) as raised:
                await bot.send_message(alice.id, "hi")
            assert raised.value.__cause__ is None  # Telegram answered: nothing broke
    assert alice.messages == []


async def test_a_time_out_is_timed_out(api: BotApiDouble, alice: User) -> None:
    api.fail("sendMessage", "timeout", hold=60)
    async with _bot(api, AiohttpRequest(4, read_timeout=0.2)) as bot:
        with pytest.raises(TimedOut) as raised:
            await bot.send_message(alice.id, "hi")
        assert raised.value.__cause__ is not None
        api.fail("sendMessage", "timeout", hold=60)
        with pytest.raises(TimedOut):  # the call's own read timeout
            await bot.send_message(alice.id, "hi", read_timeout=0.2)
        await bot.send_message(alice.id, "still here")
    assert [m.text for m in alice.messages] == ["still here"]


async def test_a_connection_that_fails_is_a_network_error() -> None:
    with socket.socket() as free:  # a port nothing listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    request = AiohttpRequest(1)
    async with request:
        with pytest.raises(NetworkError, match=r"aiohttp\.ClientConnectorError") as raised:
            await request.post(f"http://127.0.0.1:{port}/bot1:A/getMe")
    assert raised.value.__cause__ is not None and not isinstance(raised.value, TimedOut)


async def test_the_gate_holds_requests_beyond_its_connections(
    api: BotApiDouble, alice: User
) -> None:
    api.fail("sendMessage", "timeout", hold=0.5)
    async with _bot(api, AiohttpRequest(1, pool_timeout=0.1)) as bot:
        held = asyncio.create_task(bot.send_message(alice.id, "first"))
        await asyncio.sleep(0.1)
        with pytest.raises(TimedOut, match="Pool timeout"):
            await bot.send_message(alice.id, "second")
        with pytest.raises(TelegramError):  # the double answers it with an error, later
            await held
        await bot.send_message(alice.id, "third")  # the gate is open again
    assert [m.text for m in alice.messages] == ["third"]


async def test_shut_down_is_shut(api: BotApiDouble) -> None:
    request = AiohttpRequest(1)
    async with _bot(api, request) as bot:
        await bot.get_me()
    with pytest.raises(NetworkError, match="not initialized"):
        await request.post(f"{api.base_url}{api.token}/getMe")
    await request.initialize()  # again, as PTB's Application may
    assert (await request.post(f"{api.base_url}{api.token}/getMe"))["is_bot"]  # type: ignore[index,call-overload]
    await request.shutdown()


def test_a_cause_naming_the_url_keeps_its_traceback_out_of_the_log() -> None:
    token = "123456789:AAE-very-secret-token-value_xyz"
    try:
        try:
            raise aiohttp.ClientConnectionError(
                f"Connection timeout to host https://x/bot{token}/getMe"
            )
        except aiohttp.ClientConnectionError as err:
            raise TimedOut from err
    except TimedOut as exc:
        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "failed", None, (TimedOut, exc, None)
        )
    RedactToken(token).filter(record)
    assert record.exc_info is None and "details hidden" in record.getMessage()
