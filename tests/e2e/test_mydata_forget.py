"""Issue 9: /mydata sends a member everything stored about them; /forget, once confirmed,
erases their personal data and words everywhere they were stored (the bot's messages that
quoted them too) and keeps anonymous counts; declining consent keeps only that fact."""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy import select
from sqlmodel import SQLModel

from storage.db import Database
from storage.models import Member, Outbox, Participation, Proposal, TranscriptMessage
from tests.e2e.conftest import join
from tests.e2e.test_exports import MIXED, coordinator, exported, talked

LIGHTS = "Lights along the pond path"


def stored_anywhere(bot, *needles: str) -> list[str]:
    """Every (table, column) of the database where one of `needles` is stored."""
    found = []
    db = Database(bot.settings.database_url)
    try:
        with db.engine.connect() as conn:
            for table in SQLModel.metadata.sorted_tables:
                for row in conn.execute(select(table)).mappings():
                    for column, value in row.items():
                        if value is not None and any(n in str(value) for n in needles):
                            found.append(f"{table.name}.{column}")
    finally:
        db.dispose()
    return sorted(set(found))


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
    assert reply.text == "Here comes a file with everything I store about you."
    assert await bot.tick() == 1
    sent = alice.user.messages[-1]
    assert sent.document.file_name == "my-data-20260504.json"
    assert sent.caption == "Everything the bot stores about you, as of 04 May 2026."
    data = json.loads(sent.document.data)
    assert data["member"]["display_name"] == "Alice" and data["member"]["username"] == "alice"
    assert [s["session"]["code"] for s in data["sessions"]] == [code]
    assert MIXED in [a["text"] for a in data["answers"]]
    assert [p["text"] for p in data["proposals"]] == [LIGHTS]
    assert [v["value"] for v in data["votes"]] == ["agree"]
    assert MIXED in [m["text"] for m in data["messages"] if m["direction"] == "in"]
    assert (
        "Bob" not in sent.document.data.decode() and "HYPERLINK" not in sent.document.data.decode()
    )


async def test_forget_asks_first_and_keep_it_changes_nothing(bot, organiser, alice, bob):
    await everyone_votes_on_lights(bot, organiser, alice, bob)
    [ask] = await alice.says("/forget")
    assert ask.text.startswith("This erases your name, username and time zone")
    assert ask.button_texts == ["Erase my data", "Keep it"]
    await alice.taps("Keep it", ask)
    assert alice.user.message(ask.message_id).text.startswith("Nothing was erased.")
    [member] = bot.rows(Member, Member.telegram_id == alice.id)
    assert member.display_name == "Alice"
    assert stored_anywhere(bot, MIXED)


async def test_forget_erases_her_words_everywhere_and_keeps_counts(bot, organiser, alice, bob):
    code = await everyone_votes_on_lights(bot, organiser, alice, bob)
    await organiser.says(f"/poll {code} Which day? | Saturday | Sunday")
    await bot.tick()
    [poll] = [m for m in alice.user.messages if m.button_texts[:1] == ["Saturday"]]
    await alice.taps("Saturday", poll)
    [results] = await organiser.says("/results 1")
    assert "   Alice" in results.text, "who chose what, by name"
    alice_id = bot.rows_member_id(alice)
    [ask] = await alice.says("/forget")
    await alice.taps("Erase my data", ask)
    done = alice.user.message(ask.message_id).text
    assert done.startswith("Done: your name, username and time zone are erased, and so are 2 "
                           "answer(s), 0 proposal(s)")  # fmt: skip
    assert "Kept without your name: 1 proposal(s) others had voted on" in done
    assert "1 vote(s), 1 poll choice(s)" in done
    assert stored_anywhere(bot, MIXED, LIGHTS, "Alice", "@alice") == []
    [again] = await organiser.says("/results 1")
    assert "1 voter(s)" in again.text and "Alice" not in again.text
    [member] = bot.rows(Member, Member.id == alice_id)
    assert (member.telegram_id, member.username, member.opted_out) == (-alice_id, None, True)
    assert bot.rows(TranscriptMessage, TranscriptMessage.chat_id == alice.id) == []
    [lights] = bot.rows(Proposal, Proposal.member_id == alice_id)
    assert lights.withdrawn_at is not None and lights.hidden and lights.text == ""
    [cards] = [
        r.text for r in bot.rows(TranscriptMessage, TranscriptMessage.chat_id == bob.id)
        if "Proposal" in r.text and "#1" in r.text
    ][-1:]  # fmt: skip
    assert "“[erased]”" in cards, "the card Bob saw no longer quotes her"
    cora = await coordinator(bot, organiser, code)
    _, sent = await exported(bot, cora, f"{code} json")
    doc = json.loads(sent.document.data)
    [withdrawn] = [p for p in doc["proposals"] if p["id"] == lights.id]
    assert (withdrawn["text"], withdrawn["withdrawn"], withdrawn["agree"]) == (None, True, 1)
    assert MIXED not in sent.document.data.decode() and LIGHTS not in sent.document.data.decode()
    _, sent = await exported(bot, cora, f"{code} csv")
    rows = list(csv.reader(io.StringIO(sent.document.data.decode("utf-8-sig"))))
    assert not any(MIXED in r[6] or LIGHTS in r[6] for r in rows)
    assert doc["funnel"]["joined"] == 2, "anonymous counts stay"


async def test_after_forget_nothing_reaches_her_until_she_joins_again(bot, organiser, alice, bob):
    code = await everyone_votes_on_lights(bot, organiser, alice, bob)
    [ask] = await alice.says("/forget")
    await alice.taps("Erase my data", ask)
    seen = len(alice.user.messages)
    await organiser.says(f"/broadcast {code} The market opens on Saturday")
    bot.clock.advance(days=3)
    await bot.tick()
    assert len(alice.user.messages) == seen, "no broadcast, no reminder"
    assert bob.user.messages[-1].text.endswith("The market opens on Saturday")
    assert [r.state for r in bot.rows(Outbox, Outbox.chat_id == alice.id)] == []
    [consent] = await alice.says(f"/start {code}")
    assert consent.text.startswith("Welcome to “Market Square”!"), "she starts afresh"
    assert len(bot.rows(Member, Member.telegram_id == alice.id)) == 1


async def test_declining_keeps_only_the_fact(bot, organiser, alice, bob, carol) -> None:
    code = await talked(bot, organiser, alice, bob)
    await carol.says(f"/start {code}")
    [question] = [m for m in carol.user.messages if m.button_texts]
    await carol.taps("No thanks", question)
    assert carol.user.message(question.message_id).text.startswith("No problem")
    assert stored_anywhere(bot, "Carol", "@carol", "carol") == []
    assert bot.rows(TranscriptMessage, TranscriptMessage.chat_id == carol.id) == []
    assert bot.rows(Outbox, Outbox.chat_id == carol.id) == []
    assert bot.rows(Member, Member.telegram_id == carol.id) == []
    declined = [p for p in bot.rows(Participation) if p.declined_at is not None]
    assert len(declined) == 1 and declined[0].referred_by_id is None
    [member] = bot.rows(Member, Member.id == declined[0].member_id)
    assert member.display_name == "" and member.telegram_id < 0
    [again] = await carol.says(f"/start {code}")
    assert again.button_texts == ["I agree", "No thanks"], "she can change her mind"


async def test_a_member_of_another_session_who_declines_keeps_her_place_there(
    bot, organiser, alice, bob
) -> None:
    await talked(bot, organiser, alice, bob)
    from tests.e2e.conftest import open_session

    other = await open_session(organiser, "Library Garden", flow="engagement_check")
    await alice.says(f"/start {other}")
    [question] = [m for m in alice.user.messages if "Library Garden" in (m.text or "")]
    await alice.taps("No thanks", question)
    [member] = bot.rows(Member, Member.telegram_id == alice.id)
    assert member.display_name == "Alice", "she still takes part in Market Square"
    assert stored_anywhere(bot, f"/start {other}") == []
    await join(bob, other)  # others are unaffected
    assert bot.rows(Member, Member.telegram_id == bob.id)[0].display_name == "Bob"
