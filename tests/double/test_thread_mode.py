"""The double in its own thread: blocking waits and waits from another event loop."""

import asyncio
import threading
from collections.abc import Iterator

import httpx
import pytest
from telegram import Bot

from botapi_double import BotApiDouble


@pytest.fixture
def threaded() -> Iterator[BotApiDouble]:
    api = BotApiDouble().start_in_thread()
    yield api
    api.stop_thread()


def test_blocking_waits(threaded: BotApiDouble) -> None:
    alice = threaded.user(1001, "Alice")
    update_id = alice.says("/start")

    def bot_process() -> None:
        with httpx.Client(base_url=f"{threaded.base_url}{threaded.token}") as http:
            http.post("/getUpdates", data={"timeout": 5})
            http.post("/sendMessage", data={"chat_id": 1001, "text": "hi Alice"})
            http.post("/getUpdates", data={"offset": update_id + 1})

    worker = threading.Thread(target=bot_process)
    worker.start()
    assert alice.next_reply_sync(timeout=5).text == "hi Alice"
    threaded.wait_handled_sync(timeout=5)
    worker.join()


def test_blocking_wait_timeout_explains(threaded: BotApiDouble) -> None:
    alice = threaded.user(1001, "Alice")
    alice.says("anyone?")
    with pytest.raises(AssertionError, match="anyone"):
        alice.next_reply_sync(timeout=0.05)


async def test_async_waits_from_another_loop(threaded: BotApiDouble) -> None:
    alice = threaded.user(1001, "Alice")
    async with Bot(threaded.token, base_url=threaded.base_url) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=30))
        await threaded.wait_for(lambda: threaded.calls("getUpdates"), what="poll started")
        alice.says("ping")  # wakes the long poll on the double's own loop
        (update,) = await asyncio.wait_for(poll, timeout=5)
        reply = asyncio.create_task(alice.next_reply(timeout=5))
        await bot.send_message(alice.id, "pong")
        assert (await reply).text == "pong"
        await bot.get_updates(offset=update.update_id + 1)
    await threaded.wait_handled()
