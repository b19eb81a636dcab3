"""Issue 9: /stats (text and a PNG chart), what members wrote for organisers and coordinators
(/proposals <code>, /feedback <code>, /answers), and members still using the same commands."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlmodel import col

from storage.models import CoSession, Feedback, Outbox, Proposal
from tests.e2e.conftest import join, open_session
from tests.e2e.test_exports import FORMULA, MIXED, coordinator, talked
from usecases.pseudonyms import pseudonym


def salt_of(bot, code: str) -> str:
    [cosession] = bot.rows(CoSession, CoSession.join_code == code)
    return cosession.pseudonym_salt


async def test_stats_say_the_numbers_and_send_a_chart(bot, organiser, alice, bob) -> None:
    code = await talked(bot, organiser, alice, bob)
    cora = await coordinator(bot, organiser, code)
    [text] = await cora.says(f"/stats {code}")
    lines = text.text.splitlines()
    assert lines[0] == f"📊 “Market Square” (code {code}, open)"
    for line in (
        "• joined: 2",
        "• agreed to take part: 2 (100%)",
        "• answered a question: 2 (100%)",
        "• wrote a proposal: 2 (100%)",
        "• voted on proposals: 1 (50%)",
        "• requests for detail: 0 of 1 answered (0%), 0 within a day",
        "• #2 “More benches in the shade gnp.exe”: 1 agree, 0 disagree, 0 pass",
    ):
        assert line in lines
    assert any(line.startswith("Opinion groups: too few votes") for line in lines)
    assert await bot.tick() == 1
    chart = cora.user.messages[-1]
    assert chart.caption == "Participation, replies, sentiment and votes in “Market Square”."
    image = Image.open(io.BytesIO(chart.photo.data))
    image.load()
    assert (image.format, image.size) == ("PNG", (1200, 900))


async def test_members_are_refused_stats_and_readings_in_one_line(bot, organiser, alice, bob):
    code = await talked(bot, organiser, alice, bob)
    for command in (f"/stats {code}", f"/proposals {code}", f"/feedback {code}",
                    f"/answers {code} why"):  # fmt: skip
        replies = await bob.says(command)
        assert len(replies) == 1 and replies[0].text.startswith("Sorry, only organisers can use")
    assert await bot.tick() == 0
    assert bot.rows(Outbox, col(Outbox.kind).in_(("document", "photo"))) == []
    [card] = await bob.says("/proposals")
    assert card.text.startswith("Proposal 1 of 2"), "a member still browses the cards"
    [thanks] = await bob.says("/feedback The benches matter most")
    assert thanks.text.startswith("Thank you for your feedback")
    assert [f.text for f in bot.rows(Feedback)] == ["The benches matter most"]


async def test_proposals_with_ids_tallies_and_pseudonyms(bot, organiser, alice, bob) -> None:
    code = await talked(bot, organiser, alice, bob)
    salt = salt_of(bot, code)
    [listing] = await organiser.says(f"/proposals {code}")
    alice_alias = pseudonym(salt, bot.rows_member_id(alice))
    bob_alias = pseudonym(salt, bot.rows_member_id(bob))
    assert listing.text == (
        "Proposals of “Market Square” (2), by id. Hide one with /hide <id> [reason].\n\n"
        f"#1 by {alice_alias} · 0 agree, 0 disagree, 0 pass\n“Lights along the pond path”\n\n"
        f"#2 by {bob_alias} · 1 agree, 0 disagree, 0 pass\n"
        "“More benches in the shade gnp.exe”"
    )
    [hint] = await organiser.says("/proposals")
    assert "/proposals <session code> lists its proposals" in hint.text
    await organiser.says("/hide 2 off topic")
    [listing] = await organiser.says(f"/proposals {code}")
    assert "#2 by" in listing.text and "pass · hidden" in listing.text


async def test_feedback_newest_first_with_sentiment(bot, organiser, alice, bob) -> None:
    code = await talked(bot, organiser, alice, bob)
    await alice.says("/feedback Thank you, this was lovely")
    bot.clock.advance(minutes=5)
    await bob.says("/feedback The questions were confusing and far too long")
    cora = await coordinator(bot, organiser, code)
    [read] = await cora.says(f"/feedback {code}")
    first, second = read.text.split("\n\n")[1:3]
    assert first.endswith("“The questions were confusing and far too long”")
    assert "negative (" in first and "10:05 UTC" in first
    assert second.endswith("“Thank you, this was lovely”") and "positive (" in second


async def test_answers_to_one_step(bot, organiser, alice, bob) -> None:
    code = await talked(bot, organiser, alice, bob)
    [why] = await organiser.says(f"/answers {code} why")
    assert why.text.startswith("Answers to “why” in “Market Square” (2):")
    assert f"“{MIXED}”" in why.text and f"“{FORMULA}”" in why.text
    [visits] = await organiser.says(f"/answers {code} visits")
    assert "• Often: 1 member(s)\n• Rarely: 1 member(s)" in visits.text
    [wrong] = await organiser.says(f"/answers {code} nowhere")
    assert wrong.text == "“Market Square” has no step “nowhere”. Its steps: visits, why, idea, last"


async def test_long_lists_come_in_pages(bot, organiser, alice) -> None:
    code = await open_session(organiser, "Market Square", flow="engagement_check")
    await join(alice, code)
    for n in range(40):
        await alice.says(f"/propose Idea number {n} " + "with many words " * 10)
    assert len(bot.rows(Proposal)) == 40
    [first] = await organiser.says(f"/proposals {code}")
    assert first.text.endswith(f"Page 1 of 3. Next: /proposals {code} 2")
    [second] = await organiser.says(f"/proposals {code} 2")
    assert "Page 2 of 3." in second.text and "#1 by" not in second.text
    [last] = await organiser.says(f"/proposals {code} 3")
    assert last.text.endswith("Page 3 of 3.") and "#40 by" in last.text
    [none] = await organiser.says(f"/proposals {code} 9")
    assert none.text == "There is no page 9: “Market Square” has 3."


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
@pytest.mark.xdist_group("timing")  # with -n N: not beside the fairness tests' floods
async def test_slow_stats_or_erasure_delay_no_one_else(bot, organiser, alice, bob, monkeypatch):
    """Stats of a large session and erasing a member from one take seconds: they run off
    the event loop, so another member's reply does not wait for them. (PostgreSQL: SQLite
    has one writer at a time, so there the others' updates wait for that transaction.)"""
    import time

    from usecases import mydata, stats

    code = await talked(bot, organiser, alice, bob)
    slow_stats, slow_erase = stats.stats, mydata.confirm_forget

    def sleepy(work):
        def run(*args, **kwargs):
            time.sleep(1.0)  # a session of a million messages
            return work(*args, **kwargs)

        return run

    monkeypatch.setattr(stats, "stats", sleepy(slow_stats))
    monkeypatch.setattr(mydata, "confirm_forget", sleepy(slow_erase))
    from usecases import buttons

    monkeypatch.setitem(buttons.ROUTES, buttons.ForgetButton, mydata.confirm_forget)
    await alice.says("/forget")

    for slow, person in ((lambda: organiser.user.says(f"/stats {code}"), organiser),
                         (lambda: alice.user.taps("Erase my data"), alice)):  # fmt: skip
        before = len(bob.user.messages), len(person.user.messages)
        slow()
        started = time.monotonic()
        bob.user.says("/help")  # fetched with the slow one, handled while it runs
        await bot.api.wait_for(lambda n=before[0]: len(bob.user.messages) > n, timeout=10)
        assert time.monotonic() - started < 0.5, "bob's reply waited for the slow work"
        assert len(person.user.messages) == before[1], "the slow work was still under way"
        await bot.settle()
    assert organiser.user.messages[-1].text.startswith("📊") or any(
        (m.text or "").startswith("📊") for m in organiser.user.messages[-3:]
    )
    assert "erased" in (alice.user.messages[-1].text or "").lower()
