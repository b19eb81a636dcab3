"""A use case that fails: nothing of its update is kept, and the person hears an apology,
queued and sent through the one sender like any reply (the outbox holds it, sent)."""

from __future__ import annotations

import pytest

import texts.shell
from storage.models import Outbox, TranscriptMessage
from usecases.catalogue import CATALOGUE
from usecases.commands import Command
from usecases.context import Ctx


def boom(ctx: Ctx) -> None:
    ctx.member()  # written, then rolled back with everything else
    ctx.say("never sent")
    raise RuntimeError("a bug")


@pytest.fixture
async def bot(bot):
    await bot.stop()
    bot.catalogue = (*CATALOGUE, Command("boom", boom))
    await bot.start()
    return bot


async def test_a_failing_use_case_is_apologised_for_through_the_queue(bot, alice) -> None:
    [reply] = await alice.says("/boom")
    assert reply.text == texts.shell.BUSY_RETRY
    [row] = bot.rows(Outbox, Outbox.chat_id == alice.id)
    assert (row.kind, row.state, row.text) == ("reply", "sent", texts.shell.BUSY_RETRY)
    assert row.message_id == reply.message_id
    said = [m.text for m in bot.rows(TranscriptMessage) if m.direction == "out"]
    assert said == [texts.shell.BUSY_RETRY], "the apology joins the transcript as sent"
    assert not [m for m in bot.rows(TranscriptMessage) if m.direction == "in"], "rolled back"

    [help_reply] = await alice.says("/help")
    assert help_reply.text.startswith("Here is what you can do:"), "the bot keeps serving"
