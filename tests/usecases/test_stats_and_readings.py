"""Issue 9: /stats (text and a PNG chart), what members wrote for organisers and coordinators
(/proposals <code>, /feedback <code>, /answers), and members still using the same commands."""

from __future__ import annotations

import io
from zoneinfo import ZoneInfo

from PIL import Image
from sqlmodel import col

from reports.pseudonyms import pseudonym
from storage.models import CoSession, Feedback, Outbox, Proposal
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from tests.usecases.test_exports import FORMULA, MIXED, coordinator, talked


def salt_of(world, code: str) -> str:
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    return cosession.pseudonym_salt


def test_stats_say_the_numbers_and_send_a_chart(world, organiser, alice, bob) -> None:
    code = talked(world, organiser, alice, bob)
    cora = coordinator(world, organiser, code)
    [text] = cora.says(f"/stats {code}")
    lines = text.text.splitlines()
    assert lines[0] == f"📊 “Market Square” (code {code}, open)"
    for line in (
        "• joined: 2",
        "• agreed to take part: 2 (100%)",
        "• answered a question: 2 (100%)",
        "• wrote a proposal: 2 (100%)",
        "• voted on proposals: 1 (50%)",
        "• requests for detail: 1 of 1 answered (100%), 1 within a day",  # Bob's /skip
        "Not enough votes to rank proposals: a proposal is ranked from 5 votes, and none has "
        "that many yet.",
        f"Results per question (/answers {code} for each in full)",
        "• How often do you come to the square?: 2 answered; most chose Often and Rarely "
        "(1 of 2, 50%)",
    ):
        assert line in lines
    assert any(line.startswith("Opinion groups: too few votes") for line in lines)
    assert world.tick() == 1
    chart = cora.messages[-1]
    assert chart.caption == "Participation, replies, sentiment and votes in “Market Square”."
    image = Image.open(io.BytesIO(chart.photo.data))
    image.load()
    assert (image.format, image.size) == ("PNG", (1200, 900))


def test_members_are_refused_stats_and_readings_in_one_line(world, organiser, alice, bob):
    code = talked(world, organiser, alice, bob)
    for command in (f"/stats {code}", f"/proposals {code}", f"/feedback {code}",
                    f"/answers {code} why"):  # fmt: skip
        replies = bob.says(command)
        refusal = "Sorry, only organisers and coordinators can use"
        assert len(replies) == 1 and replies[0].text.startswith(refusal)
    assert world.tick() == 0
    assert world.rows(Outbox, col(Outbox.kind).in_(("document", "photo"))) == []
    [card] = bob.says("/proposals")
    assert card.text.startswith("Proposal 1 of 2"), "a member still browses the cards"
    [thanks] = bob.says("/feedback The benches matter most")
    assert thanks.text.startswith("Thank you for your feedback")
    assert [f.text for f in world.rows(Feedback)] == ["The benches matter most"]


def test_proposals_with_ids_tallies_and_pseudonyms(world, organiser, alice, bob) -> None:
    code = talked(world, organiser, alice, bob)
    salt = salt_of(world, code)
    [listing] = organiser.says(f"/proposals {code}")
    alice_alias = pseudonym(salt, world.rows_member_id(alice))
    bob_alias = pseudonym(salt, world.rows_member_id(bob))
    assert listing.text == (
        f"Proposals of “Market Square” (2), by number. "
        f"Hide one with /hide {code} <number> [reason].\n\n"
        f"#1 by {alice_alias} · 0 agree, 0 disagree, 0 pass\n“Lights along the pond path”\n\n"
        f"#2 by {bob_alias} · 1 agree, 0 disagree, 0 pass\n"
        "“More benches in the shade gnp.exe”"
    )
    [hint] = organiser.says("/proposals")
    assert "/proposals <session code> lists its proposals" in hint.text
    organiser.says("/hide 2 off topic")
    [listing] = organiser.says(f"/proposals {code}")
    assert "#2 by" in listing.text and "pass · hidden" in listing.text


def test_feedback_newest_first_with_sentiment(world, organiser, alice, bob) -> None:
    code = talked(world, organiser, alice, bob)
    alice.says("/feedback Thank you, this was lovely")
    world.clock.advance(minutes=5)
    bob.says("/feedback The questions were confusing and far too long")
    cora = coordinator(world, organiser, code)
    [read] = cora.says(f"/feedback {code}")
    first, second = read.text.split("\n\n")[1:3]
    assert first.endswith("“The questions were confusing and far too long”")
    assert "negative (" in first and "10:05 UTC" in first
    assert second.endswith("“Thank you, this was lovely”") and "positive (" in second


def test_answers_to_one_step(world, organiser, alice, bob) -> None:
    code = talked(world, organiser, alice, bob)
    [why] = organiser.says(f"/answers {code} why")
    assert why.text.startswith(
        "“Market Square”, question why:\nWhat do you think of the square as it is?\n\n"
        "2 answered\nNewest first, each with its sentiment."
    )
    assert f"“{MIXED}”" in why.text and f"“{FORMULA}”" in why.text
    [visits] = organiser.says(f"/answers {code} visits")
    assert "2 answered\n• Often: 1 of 2, 50%\n• Rarely: 1 of 2, 50%" in visits.text
    [wrong] = organiser.says(f"/answers {code} nowhere")
    assert wrong.text == "“Market Square” has no step “nowhere”. Its steps: visits, why, idea, last"


def test_long_lists_come_in_pages(world, organiser, alice) -> None:
    code = open_session(organiser, "Market Square", flow="engagement_check")
    join(alice, code)
    for n in range(40):
        alice.says(f"/propose Idea number {n} " + "with many words " * 10)
    assert len(world.rows(Proposal)) == 40
    [first] = organiser.says(f"/proposals {code}")
    assert first.text.endswith(f"Page 1 of 3. Next: /proposals {code} 2")
    [second] = organiser.says(f"/proposals {code} 2")
    assert "Page 2 of 3." in second.text and "#1 by" not in second.text
    [last] = organiser.says(f"/proposals {code} 3")
    assert last.text.endswith("Page 3 of 3.") and "#40 by" in last.text
    [none] = organiser.says(f"/proposals {code} 9")
    assert none.text == "There is no page 9: “Market Square” has 3."


def test_every_time_is_on_the_readers_clock_with_its_zone_named(
    world, organiser, alice, bob
) -> None:
    """Issue 18, item 26f: /feedback and /audit said UTC, polls the reader's zone, /timezone
    a bare hour. Now one style: the reader's own clock, its zone named."""
    code = talked(world, organiser, alice, bob)
    alice.says("/feedback Thank you, this was lovely")
    london = f"{world.clock.now().astimezone(ZoneInfo('Europe/London')):%d %b %H:%M} BST"
    [zone] = organiser.says("/timezone Europe/London")
    assert f"it's {london[-9:]} there" in zone.text
    [read] = organiser.says(f"/feedback {code}")
    [audit] = organiser.says(f"/audit {code}")
    for said in (read.text, audit.text):
        assert london in said and "UTC" not in said
    [preview, _message] = organiser.says(f"/broadcast {code} The meeting moved to Friday")
    assert "BST" in preview.text
