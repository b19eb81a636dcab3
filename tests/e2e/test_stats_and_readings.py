"""/stats through Telegram: the chart arrives as a photo, and slow work delays no one else
(the numbers and readings: tests/usecases/test_stats_and_readings.py)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from tests.e2e.test_exports import coordinator, talked


async def test_stats_say_the_numbers_and_send_a_chart(bot, organiser, alice, bob) -> None:
    code = await talked(bot, organiser, alice, bob)
    cora = await coordinator(bot, organiser, code)
    [text] = await cora.says(f"/stats {code}")
    assert text.text.startswith(f"📊 “Market Square” (code {code}, open)")  # the figures:
    # tests/usecases/test_stats_and_readings.py; here what Telegram carries: text, then photo
    assert await bot.tick() == 1
    chart = cora.user.messages[-1]
    assert chart.caption == "Participation, replies, sentiment and votes in “Market Square”."
    image = Image.open(io.BytesIO(chart.photo.data))
    image.load()
    assert (image.format, image.size) == ("PNG", (1200, 900))


SLOW = 2.0  # seconds the slow work takes


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
            time.sleep(SLOW)  # a session of a million messages
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
        # waiting for it would take SLOW at least; the margin is for a loaded machine
        assert time.monotonic() - started < SLOW * 0.75, "bob's reply waited for the slow work"
        assert len(person.user.messages) == before[1], "the slow work was still under way"
        await bot.settle()
    assert organiser.user.messages[-1].text.startswith("📊") or any(
        (m.text or "").startswith("📊") for m in organiser.user.messages[-3:]
    )
    assert "erased" in (alice.user.messages[-1].text or "").lower()
