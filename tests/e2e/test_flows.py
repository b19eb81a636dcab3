"""Flows through Telegram: a smoke test, and an edited message (an update of its own kind)
that is not taken as an answer (the flows' behaviour: tests/usecases/test_flows.py)."""

from __future__ import annotations

from sqlmodel import col

from storage.models import (
    Answer,
    TranscriptMessage,
)
from tests.e2e.conftest import join, open_session
from tests.stored import answers


async def test_garden_flow_waiting_list_branch_and_back(bot, organiser, bob) -> None:
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(bob, code)
    *_, wish = await bob.taps("I'm on the waiting list")
    assert "grow" in wish.text.lower()
    replies = await bob.says("Tomatoes, beans and some sunflowers")
    await bob.taps("Water butts")
    await bob.taps("Done")
    *_, back = await bob.says("/back")
    assert "Which two things" in back.text and "Water butts" in back.text
    await bob.taps("✅ Water butts")  # the previous pick is pre-ticked: unselect it
    await bob.taps("Tool shed")
    replies = await bob.taps("Done")
    assert "vote on" in replies[-1].text
    replies = await bob.says("/skip")
    assert "anything else" in replies[-1].text.lower()
    *_, summary = await bob.says("/skip")
    assert "Tool shed" in summary.text
    stored = answers(bot)
    assert stored["relationship"].value == "waiting"
    assert stored["priorities"].value == ["shed"]
    assert "grow" not in stored and "satisfaction" not in stored
    superseded = bot.rows(Answer, col(Answer.superseded).is_(True))
    assert [a.step_id for a in superseded] == ["priorities"]


async def test_an_edited_message_is_not_taken_as_an_answer(bot, organiser, alice) -> None:
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(alice, code)
    await alice.taps("I'm on the waiting list")
    said = alice.user.says("Tomatoes please")
    await bot.settle()
    edited = dict(bot.api.state.update_log[said].payload)
    edited |= {"text": "Potatoes instead", "edit_date": edited["date"] + 5}
    bot.api.state.queue_update("edited_message", edited)
    await bot.settle()
    assert "send /back" in alice.user.messages[-1].text
    assert {a.step_id: a.value for a in answers(bot).values()}["waiting_wish"] == (
        "Tomatoes please"
    )
    assert "priorities" not in answers(bot)
    [edit_row] = bot.rows(TranscriptMessage, TranscriptMessage.kind == "edit")
    assert edit_row.text == "Potatoes instead"


FLOW_FILE = b"""\
title: Our street
steps:
  - {id: wish, kind: text, prompt: 'One wish for our street?'}
"""


async def test_an_organiser_sends_a_flow_file_and_the_bot_downloads_it(
    bot, organiser, alice
) -> None:
    [reply] = await organiser.sends_document(FLOW_FILE, "our_street.yaml")
    assert "our_street.yaml: flow file OK" in reply.text and "One wish" in reply.text
    assert any(r.method == "getFile" for r in bot.api.state.requests), "through getFile"
    fetched = sum(r.method == "getFile" for r in bot.api.state.requests)
    [member] = await alice.sends_document(FLOW_FILE, "our_street.yaml")
    assert "flow file" not in member.text, "a member's document is not a flow"
    assert sum(r.method == "getFile" for r in bot.api.state.requests) == fetched, (
        "a member's file is never downloaded"
    )
    [big] = await organiser.sends_document(b"#" * 300_000, "huge.yaml")
    assert "at most 256 kB" in big.text
