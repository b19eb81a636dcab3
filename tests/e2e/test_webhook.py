"""Webhook mode: Telegram's POST is answered 200 only after the update was handled."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import BotRunner
from bot.settings import load_settings
from bot.webhook import SECRET_HEADER, webhook_app
from storage.models import TranscriptMessage
from tests.e2e.conftest import TEST_POLICIES, BotHarness

SECRET = "s3cret-long-enough_2026"


@pytest.fixture
async def hook(api, database_url, clock):
    settings = load_settings(
        telegram_bot_token=api.token,
        telegram_api_base_url=api.base_url,
        database_url=database_url,
        webhook_url="https://bot.example.org/hook",
        webhook_secret=SECRET,
    )
    runner = BotRunner(settings, clock, TEST_POLICIES)
    await runner.start()
    client = TestClient(TestServer(webhook_app(runner, "/hook", SECRET)))
    await client.start_server()
    yield client, BotHarness(api, settings, clock, runner=runner)
    await client.close()
    await runner.stop()
    runner.db.dispose()


async def test_webhook_handles_once_and_checks_the_secret(api, hook) -> None:
    client, harness = hook
    alice = api.user(1001, "Alice")
    update = api.state.update_log[alice.says("/help")].as_dict()
    assert api.calls("getUpdates") == [], "no polling in webhook mode"

    forged = await client.post("/hook", json=update, headers={SECRET_HEADER: "guess"})
    assert forged.status == 403 and alice.messages == []
    response = await client.post("/hook", json=update, headers={SECRET_HEADER: SECRET})
    assert response.status == 200  # handled and committed; the reply goes right after
    await harness.runner.settle()
    assert "/pause" in alice.messages[-1].text
    again = await client.post("/hook", json=update, headers={SECRET_HEADER: SECRET})
    await harness.runner.settle()
    assert again.status == 200 and len(alice.messages) == 1  # a redelivery is applied once
    broken = await client.post("/hook", data=b"{not json", headers={SECRET_HEADER: SECRET})
    assert broken.status == 400
    incoming = harness.rows(TranscriptMessage, TranscriptMessage.direction == "in")
    assert [row.text for row in incoming] == ["/help"]


async def test_a_stopping_process_finishes_what_it_holds_and_turns_new_updates_away(
    api, hook
) -> None:
    """SIGTERM in webhook mode: an update in hand is handled, answered 200 and its reply
    sent; a new one gets 503 (Telegram delivers it again, to another process) and is not
    applied; /healthz says 503 so the load balancer stops sending here."""
    import asyncio

    client, harness = hook
    runner = harness.runner
    alice, bob = api.user(1001, "Alice"), api.user(1002, "Bob")
    headers = {SECRET_HEADER: SECRET}
    release = asyncio.Event()
    runner.intake.lanes.put(alice.id, release.wait)  # Alice's chat is busy for a moment
    in_hand = asyncio.create_task(
        client.post("/hook", json=api.state.update_log[alice.says("/help")].as_dict(),
                    headers=headers)
    )  # fmt: skip
    await asyncio.sleep(0.05)
    stopping = asyncio.create_task(runner.stop())
    await asyncio.sleep(0.05)
    assert runner.stopping and not in_hand.done() and not stopping.done()

    health = await client.get("/healthz")
    turned = await client.post(
        "/hook", json=api.state.update_log[bob.says("/help")].as_dict(), headers=headers
    )
    assert health.status == 503 and turned.status == 503
    release.set()
    assert (await in_hand).status == 200
    await stopping
    assert "/pause" in alice.messages[-1].text and bob.messages == []
    incoming = harness.rows(TranscriptMessage, TranscriptMessage.direction == "in")
    assert [(row.chat_id, row.text) for row in incoming] == [(alice.id, "/help")]
