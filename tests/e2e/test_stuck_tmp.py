"""An update that cannot finish (its chat's lane is stuck, as when it waits out a database
outage) holds Telegram's offset, and getUpdates returns at most 100 updates from the
offset: once 100 newer ones came, nothing newer would be fetched. The stuck one is set
aside on disk (the spool) and confirmed, so other chats keep being served; it is applied
when its chat moves again, or after a restart from the spool."""

from __future__ import annotations

import asyncio

import pytest

from storage.models import TranscriptMessage


@pytest.fixture
async def patient(bot):
    """A bot that sets aside updates in hand for more than 0.2 s once the window is full."""
    await bot.stop()
    pass
    await bot.start()
    return bot


async def test_a_stuck_update_does_not_hold_back_other_chats(patient, alice, bob, carol):
    bot = patient
    release = asyncio.Event()
    bot.runner.intake.lanes.put(alice.id, release.wait)  # Alice's chat cannot move
    alice.user.says("/pause")
    await asyncio.sleep(0.3)
    for n in range(105):  # more than the getUpdates window behind Alice's update
        bob.user.says(f"/help {n}")
    await bot.api.wait_for(lambda: len(bob.user.messages) == 105, timeout=20, what="Bob's")
    carol.user.says("/help")
    await bot.api.wait_for(lambda: carol.user.messages, timeout=10, what="Carol's reply")
    assert alice.user.messages == []
    assert list(bot.runner.poller.spool.directory.iterdir()), "Alice's update is on disk"

    release.set()
    await bot.api.wait_for(lambda: alice.user.messages, timeout=10, what="Alice's reply")
    assert alice.user.messages[-1].text.startswith("Paused")
    await bot.settle()
    assert not list(bot.runner.poller.spool.directory.iterdir()), "applied: off the spool"
    incoming = bot.rows(TranscriptMessage, TranscriptMessage.chat_id == alice.id)
    assert [m.text for m in incoming if m.direction == "in"] == ["/pause"]
