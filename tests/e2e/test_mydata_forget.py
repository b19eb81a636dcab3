"""/mydata through Telegram: the file arrives as a document (/forget and consent:
tests/usecases/test_mydata_forget.py)."""

from __future__ import annotations

import json

from tests.e2e.test_exports import talked

LIGHTS = "Lights along the pond path"


async def everyone_votes_on_lights(bot, organiser, alice, bob) -> str:
    """`talked`, and Bob agrees with Alice's proposal; the organiser reads the list."""
    code = await talked(bot, organiser, alice, bob)
    [card] = await bob.says("/proposals")  # the first he has not voted on: Alice's
    assert LIGHTS in card.text
    await bob.taps("Agree", card)
    await organiser.says(f"/proposals {code}")
    return code


async def test_mydata_sends_everything_stored_about_the_member(bot, organiser, alice, bob):
    code = await everyone_votes_on_lights(bot, organiser, alice, bob)
    [reply] = await alice.says("/mydata")
    assert reply.text.startswith("What I store about you, in short:")  # and what the file has
    assert await bot.tick() == 1
    sent = alice.user.messages[-1]
    assert sent.document.file_name == "my-data-20260504.json"
    assert sent.caption == "Everything the bot stores about you, as of 04 May 2026."
    data = json.loads(sent.document.data)  # what it holds: tests/usecases/test_mydata_forget.py
    assert data["member"]["display_name"] == "Alice"
    assert [s["session"]["code"] for s in data["sessions"]] == [code]
