"""Segments through Telegram (their rules: tests/usecases/test_segments.py): a segment by a
past answer, previewed, a poll sent to it through the queue; a member who changes that
answer leaves it and gets the next targeted message no more."""

from __future__ import annotations

from storage.models import Poll
from tests.e2e.conftest import join, open_session


def polls_of(person) -> list[str]:
    return [m.text for m in person.user.messages if m.text.startswith("📊 Poll")]


async def test_a_targeted_poll_and_a_changed_answer(bot, organiser, alice, bob, carol) -> None:
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    for person, how_often in ((alice, "Most days"), (bob, "Rarely or never"), (carol, "Most days")):
        await join(person, code)
        await person.taps(how_often)
    [added] = await organiser.says(f"/segment {code} add dailies visit_frequency = daily")
    assert "2 members are in it now, 2 of them can be messaged" in added.text
    [shown] = await organiser.says(f"/segment {code} show dailies")
    assert shown.text.count("m-") == 2 and "Alice" not in shown.text
    [preview] = await organiser.says(
        f"/poll {code} Lamps or benches? | Lamps | Benches --to dailies"
    )
    assert "To: segment dailies (2 of its members can be messaged now)" in preview.text
    assert bot.rows(Poll) == []
    said = await organiser.taps("Send", preview)
    assert "Poll #1 is on its way to 2 members of segment dailies" in said[-1].text
    await bot.tick()
    assert len(polls_of(alice)) == len(polls_of(carol)) == 1 and polls_of(bob) == []
    await carol.says("/back")
    await carol.taps("A few times a month")
    [_, message] = await organiser.says(f"/broadcast {code} --to dailies Lamps go up next week")
    assert message.button_texts == ["Send to 1", "Cancel"]
    await organiser.taps("Send to 1", message)
    await bot.tick()
    got = [p for p in (alice, bob, carol) if any("Lamps go up" in m.text for m in p.user.messages)]
    assert got == [alice]
