"""Issue 9: /mydata sends a member everything stored about them; /forget, once confirmed,
erases their personal data and words everywhere they were stored (the bot's messages that
quoted them too) and keeps anonymous counts; declining consent keeps only that fact."""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy import select
from sqlmodel import SQLModel

from storage.models import CoSession, Member, Outbox, Participation, Proposal, TranscriptMessage
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from tests.usecases.test_exports import MIXED, coordinator, exported, talked

LIGHTS = "Lights along the pond path"


def stored_anywhere(world, *needles: str) -> list[str]:
    """Every (table, column) of the database where one of `needles` is stored."""
    found = []
    with world.db.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            for row in conn.execute(select(table)).mappings():
                for column, value in row.items():
                    if value is not None and any(n in str(value) for n in needles):
                        found.append(f"{table.name}.{column}")
    return sorted(set(found))


def everyone_votes_on_lights(world, organiser, alice, bob) -> str:
    """`talked`, and Bob agrees with Alice's proposal; the organiser reads the list."""
    code = talked(world, organiser, alice, bob)
    [card] = bob.says("/proposals")  # the first he has not voted on: Alice's
    assert LIGHTS in card.text
    bob.taps("Agree", card)
    organiser.says(f"/proposals {code}")
    return code


def test_mydata_sends_everything_stored_about_the_member(world, organiser, alice, bob):
    code = everyone_votes_on_lights(world, organiser, alice, bob)
    [reply] = alice.says("/mydata")
    # issue 18, item 26i: a summary to read on a phone (it was one line, then raw JSON)
    assert reply.text == (
        "What I store about you, in short:\n"
        "You: Alice (@alice); time zone: not set.\n\n"
        "“Market Square”: joined 04 May 2026, agreed to take part 04 May 2026. 3 answers, "
        "1 proposal, 1 vote, 0 feedback.\n\n"
        "Every detail, with the messages between us, follows as a file (JSON, for a computer "
        "or another service). /forget erases it; /privacy says why it is kept."
    )
    assert world.tick() == 1
    sent = alice.messages[-1]
    assert sent.file_name == "my-data-20260504.json"
    assert sent.caption == "Everything the bot stores about you, as of 04 May 2026."
    data = json.loads(sent.document.data)
    assert data["member"]["display_name"] == "Alice" and data["member"]["username"] == "alice"
    assert [s["session"]["code"] for s in data["sessions"]] == [code]
    assert [s["source"] for s in data["sessions"]] == ["link"], "how she came (issue 20)"
    assert [o["source"] for o in data["link_openings"]] == ["link"]
    assert MIXED in [a["text"] for a in data["answers"]]
    assert [p["text"] for p in data["proposals"]] == [LIGHTS]
    assert [v["value"] for v in data["votes"]] == ["agree"]
    assert MIXED in [m["text"] for m in data["messages"] if m["direction"] == "in"]
    assert (
        "Bob" not in sent.document.data.decode() and "HYPERLINK" not in sent.document.data.decode()
    )


def test_forget_asks_first_and_keep_it_changes_nothing(world, organiser, alice, bob):
    everyone_votes_on_lights(world, organiser, alice, bob)
    [ask] = alice.says("/forget")
    assert ask.text.startswith("This erases your name, username and time zone")
    assert ask.button_texts == ["Erase my data", "Keep it"]
    alice.taps("Keep it", ask)
    assert alice.message(ask.message_id).text.startswith("Nothing was erased.")
    [member] = world.rows(Member, Member.telegram_id == alice.id)
    assert member.display_name == "Alice"
    assert stored_anywhere(world, MIXED)


def test_forget_erases_her_words_everywhere_and_keeps_counts(world, organiser, alice, bob):
    code = everyone_votes_on_lights(world, organiser, alice, bob)
    organiser.says(f"/poll {code} Which day? | Saturday | Sunday")
    world.tick()
    [poll] = [m for m in alice.messages if m.button_texts[:1] == ["Saturday"]]
    alice.taps("Saturday", poll)
    [results] = organiser.says("/results 1")
    assert "   Alice" in results.text, "who chose what, by name"
    alice_id = world.rows_member_id(alice)
    [ask] = alice.says("/forget")
    alice.taps("Erase my data", ask)
    done = alice.message(ask.message_id).text
    assert done.startswith("Done: your name, username and time zone are erased, and so are 2 "
                           "answers, 0 proposals")  # fmt: skip
    assert "Kept without your name: 1 proposal others had voted on" in done
    assert "1 vote, 1 poll choice" in done
    assert stored_anywhere(world, MIXED, LIGHTS, "Alice", "@alice") == []
    [again] = organiser.says("/results 1")
    assert "1 voter" in again.text and "Alice" not in again.text
    [member] = world.rows(Member, Member.id == alice_id)
    assert (member.telegram_id, member.username, member.opted_out) == (-alice_id, None, True)
    assert world.rows(TranscriptMessage, TranscriptMessage.chat_id == alice.id) == []
    [lights] = world.rows(Proposal, Proposal.member_id == alice_id)
    assert lights.withdrawn_at is not None and lights.hidden and lights.text == ""
    [cards] = [
        r.text for r in world.rows(TranscriptMessage, TranscriptMessage.chat_id == bob.id)
        if "Proposal" in r.text and "#1" in r.text
    ][-1:]  # fmt: skip
    assert "“[erased]”" in cards, "the card Bob saw no longer quotes her"
    cora = coordinator(world, organiser, code)
    _, sent = exported(world, cora, f"{code} json")
    doc = json.loads(sent.document.data)
    [withdrawn] = [p for p in doc["proposals"] if p["number"] == lights.number]
    assert (withdrawn["text"], withdrawn["withdrawn"], withdrawn["agree"]) == (None, True, 1)
    assert MIXED not in sent.document.data.decode() and LIGHTS not in sent.document.data.decode()
    _, sent = exported(world, cora, f"{code} csv")
    rows = list(csv.reader(io.StringIO(sent.document.data.decode("utf-8-sig"))))
    assert not any(MIXED in r[6] or LIGHTS in r[6] for r in rows)
    assert doc["funnel"]["joined"] == 2, "anonymous counts stay"


def test_after_forget_nothing_reaches_her_until_she_joins_again(world, organiser, alice, bob):
    code = everyone_votes_on_lights(world, organiser, alice, bob)
    [ask] = alice.says("/forget")
    alice.taps("Erase my data", ask)
    seen = len(alice.messages)
    organiser.says(f"/broadcast {code} The market opens on Saturday")
    organiser.taps("Send to 1")
    world.clock.advance(days=3)
    world.tick()
    assert len(alice.messages) == seen, "no broadcast, no reminder"
    assert bob.messages[-1].text.endswith("The market opens on Saturday")
    assert [r.state for r in world.rows(Outbox, Outbox.chat_id == alice.id)] == []
    [consent] = alice.says(f"/start {code}")
    assert consent.text.startswith("Welcome to “Market Square”!"), "she starts afresh"
    assert len(world.rows(Member, Member.telegram_id == alice.id)) == 1


def test_declining_keeps_only_the_fact(world, organiser, alice, bob, carol) -> None:
    code = talked(world, organiser, alice, bob)
    carol.says(f"/start {code}")
    [question] = [m for m in carol.messages if m.button_texts]
    carol.taps("No thanks", question)
    assert carol.message(question.message_id).text.startswith("No problem")
    assert stored_anywhere(world, "Carol", "@carol", "carol") == []
    assert world.rows(TranscriptMessage, TranscriptMessage.chat_id == carol.id) == []
    assert world.rows(Outbox, Outbox.chat_id == carol.id) == []
    assert world.rows(Member, Member.telegram_id == carol.id) == []
    declined = [p for p in world.rows(Participation) if p.declined_at is not None]
    assert len(declined) == 1 and declined[0].referred_by_id is None
    [member] = world.rows(Member, Member.id == declined[0].member_id)
    assert member.display_name == "" and member.telegram_id < 0
    [again] = carol.says(f"/start {code}")
    assert again.button_texts == ["I agree", "No thanks"], "she can change her mind"


def test_a_member_of_another_session_who_declines_keeps_her_place_there(
    world, organiser, alice, bob
) -> None:
    talked(world, organiser, alice, bob)
    from tests.usecases.conftest import open_session

    other = open_session(organiser, "Library Garden", flow="engagement_check")
    alice.says(f"/start {other}")
    [question] = [m for m in alice.messages if "Library Garden" in (m.text or "")]
    alice.taps("No thanks", question)
    [member] = world.rows(Member, Member.telegram_id == alice.id)
    assert member.display_name == "Alice", "she still takes part in Market Square"
    assert stored_anywhere(world, f"/start {other}") == []
    join(bob, other)  # others are unaffected
    assert world.rows(Member, Member.telegram_id == bob.id)[0].display_name == "Bob"


def her_words(world, person) -> list[str]:
    """Every text `person` wrote to the bot, as the transcript has it (a command's
    arguments, not its name)."""
    rows = world.rows(TranscriptMessage, TranscriptMessage.chat_id == person.id)
    typed = [r.text for r in rows if r.direction == "in" and r.kind != "button"]
    words = [
        t.split(" ", 1)[1] if t.startswith("/") else t for t in typed if " " in t or t[:1] != "/"
    ]
    codes = {s.join_code for s in world.rows(CoSession)}  # the session's, not her words
    return sorted({w.strip() for w in words if w.strip() and w.strip() not in codes})


def test_forget_leaves_none_of_her_words_in_any_table(world, organiser, alice):
    """Issue 18.18: her answers quoted in the transcript's meta, the bot's replies that
    echo a /start payload or a /timezone she typed: after /forget, none of what she wrote
    is stored in any column of any table."""
    code = open_session(organiser, "Market Square", flow="engagement_check")
    join(alice, code)
    alice.taps("Often")
    alice.says("Quokka nice")  # two words: asked to say a little more, quoting them
    world.tick()
    assert "“Quokka nice”" in alice.last_reply().text
    alice.says("Quokkas sunbathing on the benches all summer")
    alice.says("/start Quokka-Zanzibar")
    alice.says("/timezone Quokkaland/Olympus")
    alice.says("Quokkas deserve a bench by the pond")
    world.clock.advance(days=1)
    world.tick()
    words = her_words(world, alice)
    assert {"Quokka-Zanzibar", "Quokkaland/Olympus", "Quokka nice"} <= set(words)
    assert stored_anywhere(world, *words)
    [ask] = alice.says("/forget")
    alice.taps("Erase my data", ask)
    assert stored_anywhere(world, *words) == [], [
        (w, stored_anywhere(world, w)) for w in words if stored_anywhere(world, w)
    ]
    alice.says("/mydata")
    assert stored_anywhere(world, *words, "Alice", "@alice") == [], "no record with her name"
