"""Issue 21, part 5: a targeted nudge or broadcast holds out a random share of its segment;
/stats compares who responded within 48 hours, reached against held out."""

from __future__ import annotations

import html

import pytest
from sqlmodel import col

from dialogs.holdout import held_out
from storage.models import Kind, Outbox, Targeting, TargetingMember
from tests.usecases.conftest import join_session as join
from tests.usecases.conftest import open_session
from tests.usecases.test_report import report_of
from usecases import holdouts

SEED = "fixed-seed"


@pytest.fixture(autouse=True)
def fixed_seed(monkeypatch):
    monkeypatch.setattr(holdouts, "new_seed", lambda: SEED)


def regulars(world, organiser, n: int) -> tuple[str, list]:
    """`n` members who visit most days (the segment `regulars`), none finished."""
    code = open_session(organiser, "Elm Park", flow="park_redesign")
    people = []
    for i in range(n):
        person = world.member(f"M{i}")
        join(person, code)
        person.taps("Most days")
        people.append(person)
    organiser.says(f"/segment {code} add regulars visit_frequency = daily")
    world.clock.advance(minutes=5)
    return code, people


def member_ids(world, people) -> dict[int, object]:
    return {world.rows_member_id(p): p for p in people}


def test_a_nudge_holds_out_a_random_share_recorded_and_compared(world, organiser):
    code, people = regulars(world, organiser, 24)
    ids = member_ids(world, people)
    [said] = organiser.says(f"/nudge {code} --to regulars --holdout 25")
    assert "Reminding 18 members" in said.text
    [told] = [m for m in organiser.messages if "Held out at random" in m.text]
    assert "6 of 24 in the segment" in told.text and f"/stats {code}" in told.text
    [row] = world.rows(Targeting)
    assert (row.lever, row.segment, row.percent, row.seed) == ("nudge", "regulars", 25, SEED)
    stored = {m.member_id: m.held_out for m in world.rows(TargetingMember)}
    expected = held_out(ids, 25, SEED)
    assert {m for m, held in stored.items() if held} == expected
    assert set(stored) == set(ids)
    nudged = world.rows(Outbox, col(Outbox.dedupe_key).startswith("nudge:"))
    reminded = {r.member_id for r in nudged}
    assert reminded == set(ids) - expected, "the held out get nothing"
    # within 48 hours: 9 of the 18 reached answer, 1 of the 6 held out; one more after 48h
    reached = [p for m, p in ids.items() if m not in expected]
    held = [p for m, p in ids.items() if m in expected]
    world.clock.advance(hours=2)
    for person in [*reached[:9], held[0]]:
        person.taps("Walking")
    world.clock.advance(hours=47)
    held[1].taps("Walking")
    organiser.says(f"/stats {code}")
    text = "\n".join(m.text for m in organiser.messages[-3:])
    assert "Did targeting help?" in text
    assert "Reminder to “regulars”" in text
    assert "reached 9 of 18, 50%; held out 1 of 6, 17% responded" in text
    assert "Too small to tell: fewer than 10 in a group" in text


def test_enough_members_say_whether_it_helped(world, organiser):
    code, people = regulars(world, organiser, 44)
    ids = member_ids(world, people)
    organiser.says(f"/nudge {code} --to regulars --holdout 50")
    expected = held_out(ids, 50, SEED)
    reached = [p for m, p in ids.items() if m not in expected]
    world.clock.advance(hours=1)
    for person in reached[:20]:  # 20 of 22 reached respond, none of the 22 held out
        person.taps("Walking")
    organiser.says(f"/stats {code}")
    text = "\n".join(m.text for m in organiser.messages[-3:])
    assert "reached 20 of 22, 91%; held out 0 of 22, 0% responded" in text
    assert "+91 points (95% interval" in text and "it helped" in text
    page = report_of(world, code)
    assert 'id="targeting"' in page and "Did targeting help?" in page
    assert "reached 20 of 22, 91%; held out 0 of 22, 0% responded" in html.unescape(page)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ("--to regulars --holdout 0", "--holdout takes a percent from 1 to 50"),
        ("--to regulars --holdout 80", "--holdout takes a percent from 1 to 50"),
        ("--to regulars --holdout ten", "--holdout takes a percent from 1 to 50"),
        ("--holdout 10", "--holdout needs --to <segment>"),
    ],
)
def test_a_bad_holdout_is_refused_and_nothing_is_sent(world, organiser, args, said):
    code, _ = regulars(world, organiser, 3)
    [reply] = organiser.says(f"/nudge {code} {args}")
    assert said in reply.text
    assert world.rows(Targeting) == []
    assert world.rows(Outbox, col(Outbox.dedupe_key).startswith("nudge:")) == []


def test_a_broadcast_holds_out_at_the_tap(world, organiser):
    code, people = regulars(world, organiser, 20)
    ids = member_ids(world, people)
    said = organiser.says(f"/broadcast {code} --to regulars --holdout 10 The lamps go up Friday")
    assert any("2 of 20 in the segment will be held out" in m.text for m in said)
    preview = said[-1]
    assert preview.text.endswith("The lamps go up Friday")
    assert "Send to 18" in preview.button_texts[0]
    organiser.taps(preview.button_texts[0], preview)
    [row] = world.rows(Targeting)
    assert (row.lever, row.percent) == ("broadcast", 10)
    expected = held_out(ids, 10, SEED)
    sent = {r.member_id for r in world.rows(Outbox, Outbox.kind == Kind.BROADCAST)}
    assert sent == set(ids) - expected and len(expected) == 2
