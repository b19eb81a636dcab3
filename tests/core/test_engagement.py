"""The engagement policy: pure values in, what to hold and when it may go out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

import dialogs
from dialogs.engagement import (
    CHAMPION,
    ELABORATION,
    FOLLOWUP,
    REMINDER,
    Held,
    Plan,
    Planned,
    Said,
    after_answer,
    after_quiet_hours,
    after_sent,
    after_silence,
    deliverable_at,
    opening,
    quote,
)
from dialogs.models import Engagement

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
UTC_ZONE = ZoneInfo("UTC")
FLOW = dialogs.parse_flow(
    "title: Tiny\n"
    "engagement:\n  nudge_after: 1h\n  followup_after: 30m\n  champion_after: 2h\n"
    "steps:\n"
    "  - {id: pick, kind: choice, prompt: Pick, options: [{id: a, label: A}, {id: b, label: B}]}\n"
    "  - {id: why, kind: text, prompt: 'Why?'}\n"
    "  - {id: idea, kind: proposal, prompt: 'Your idea?'}\n",
    "tiny.yaml",
)


def plan(answered=None, waiting="why", moods=(), proposed=False, held=(), flow=FLOW) -> Plan:
    return after_answer(
        flow, answered=answered, waiting=waiting, moods=moods, proposed=proposed, held=held,
        now=NOW,
    )  # fmt: skip


def text(words: str, mood="neutral", step="why", kind="text") -> Said:
    return Said(step, kind, words, mood)


def test_a_minimal_flow_is_a_title_and_steps_with_sensible_defaults() -> None:
    assert (FLOW.id, FLOW.language) == ("tiny", "en")
    rules = FLOW.engagement
    assert (rules.max_nudges, rules.nudge_backoff, rules.min_words, rules.daily_cap) == (2, 2, 3, 3)
    assert str(rules.quiet_hours) == "21:00-08:00"
    assert (rules.negative_threshold, rules.positive_threshold) == (-0.2, 0.4)


@pytest.mark.parametrize(
    ("answered", "waiting", "moods", "proposed", "held", "expected"),
    [
        # the flow starts: a reminder for the first question
        (None, "pick", (), False, (), Plan((Planned(REMINDER, "pick", NOW + timedelta(hours=1)),))),
        # a tap: what was held about that step is void; the next question's reminder
        (
            Said("pick", "choice", None, None), "why", (), False, (),
            Plan((Planned(REMINDER, "why", NOW + timedelta(hours=1)),), ("pick",)),
        ),
        # a negative free-text answer: a follow-up quoting it (and no elaboration)
        (
            text("Too dark, scary", "negative"), "idea", ("negative",), False, (),
            Plan(
                (
                    Planned(REMINDER, "idea", NOW + timedelta(hours=1)),
                    Planned(FOLLOWUP, "why", NOW + timedelta(minutes=30), quote="Too dark, scary"),
                ),
                ("why",),
                (CHAMPION,),
            ),
        ),
        # two words: one elaboration request, right away
        (
            text("lights pls"), "idea", ("neutral",), False, (),
            Plan(
                (
                    Planned(REMINDER, "idea", NOW + timedelta(hours=1)),
                    Planned(ELABORATION, "why", NOW, quote="lights pls"),
                ),
                ("why",),
            ),
        ),
        # ... at most once per step
        (
            text("lights pls"), "idea", ("neutral",), False, (Held(ELABORATION, "why"),),
            Plan((Planned(REMINDER, "idea", NOW + timedelta(hours=1)),), ("why",)),
        ),
        # a language the analyser does not read triggers no sentiment rule
        (
            text("Il fait trop sombre le soir au parc", "unknown"), None, ("unknown",), True, (),
            Plan((), ("why",)),
        ),
        # a clearly positive member who proposed something: a champion invitation, once
        (
            text("A lovely new bench by the pond", "positive", "idea", "proposal"), None,
            ("positive", "neutral"), True, (),
            Plan((Planned(CHAMPION, "session", NOW + timedelta(hours=2)),), ("idea",)),
        ),
        (
            text("A lovely new bench by the pond", "positive", "idea", "proposal"), None,
            ("positive",), True, (Held(CHAMPION, "session"),), Plan((), ("idea",)),
        ),
        # not without a proposal, and not once anything was negative
        (
            text("Great park, love it", "positive"), "idea", ("positive",), False, (),
            Plan((Planned(REMINDER, "idea", NOW + timedelta(hours=1)),), ("why",)),
        ),
        (
            text("Lovely, many thanks to all", "positive", "idea", "proposal"), None,
            ("positive", "negative"), True, (), Plan((), ("idea",), (CHAMPION,)),
        ),
        # skipping an optional question holds nothing about it
        (Said("why", "text", None, None), "idea", (), False, (),
         Plan((Planned(REMINDER, "idea", NOW + timedelta(hours=1)),), ("why",))),
    ],
)  # fmt: skip
def test_what_is_held_after_an_answer(answered, waiting, moods, proposed, held, expected) -> None:
    assert plan(answered, waiting, moods, proposed, held) == expected


def test_no_reminders_when_the_flow_says_none_and_no_elaboration_when_min_words_is_0() -> None:
    flow = dialogs.parse_flow(
        "title: Quiet\nengagement: {max_nudges: 0, min_words: 0}\nsteps:\n"
        "  - {id: why, kind: text, prompt: 'Why?'}\n  - {id: more, kind: text, prompt: 'More?'}\n",
        "quiet.yaml",
    )
    assert plan(text("ok"), "more", flow=flow) == Plan((), ("why",))


def test_reminders_come_further_apart_up_to_max_nudges() -> None:
    rules = Engagement(nudge_after=timedelta(hours=24), max_nudges=3, nudge_backoff=1.5)
    second = after_sent(rules, Held(REMINDER, "q", 1), NOW)
    third = after_sent(rules, Held(REMINDER, "q", 2), NOW)
    assert second == Planned(REMINDER, "q", NOW + timedelta(hours=36), attempt=2)
    assert third == Planned(REMINDER, "q", NOW + timedelta(hours=54), attempt=3)
    assert after_sent(rules, Held(REMINDER, "q", 3), NOW) is None
    assert after_sent(rules, Held(FOLLOWUP, "q", 1), NOW) is None


@pytest.mark.parametrize(
    ("now", "zone", "expected"),
    [
        # 22:30 UTC: late evening in London (BST), afternoon in New York, morning in Tokyo
        ("2026-07-01 22:30", "Europe/London", "2026-07-02 07:00"),  # 08:00 BST
        ("2026-07-01 22:30", "America/New_York", "2026-07-01 22:30"),  # 18:30 EDT: now
        ("2026-07-01 22:30", "Asia/Tokyo", "2026-07-01 23:00"),  # 07:30 JST -> 08:00 JST
        ("2026-07-01 12:00", "Europe/London", "2026-07-01 12:00"),
        ("2026-07-01 20:00", "Europe/London", "2026-07-02 07:00"),  # 21:00 BST, the start
        ("2026-07-01 07:00", "Europe/London", "2026-07-01 07:00"),  # 08:00 BST, the end
        # daylight saving starts in London on 29 March: the night is an hour shorter
        ("2026-03-28 22:00", "Europe/London", "2026-03-29 07:00"),  # 08:00 BST
        # and ends on 25 October: an hour longer
        ("2026-10-24 22:00", "Europe/London", "2026-10-25 08:00"),  # 08:00 GMT
    ],
)
def test_nothing_goes_out_in_the_members_quiet_hours(now, zone, expected) -> None:
    moment = datetime.fromisoformat(now).replace(tzinfo=UTC)
    got = deliverable_at(Engagement(), moment, ZoneInfo(zone))
    assert got == datetime.fromisoformat(expected).replace(tzinfo=UTC)


def test_quiet_hours_that_do_not_wrap_midnight_and_none_at_all() -> None:
    from dialogs.durations import parse_quiet_hours

    lunch = parse_quiet_hours("12:00-14:00")
    assert after_quiet_hours(lunch, NOW.replace(hour=13), UTC_ZONE) == NOW.replace(hour=14)
    assert after_quiet_hours(lunch, NOW.replace(hour=14), UTC_ZONE) == NOW.replace(hour=14)
    assert after_quiet_hours(None, NOW.replace(hour=3), UTC_ZONE) == NOW.replace(hour=3)


def test_the_daily_cap_holds_a_reprompt_until_an_earlier_one_is_a_day_old() -> None:
    rules = Engagement(daily_cap=2, quiet_hours=None)
    sent = [NOW - timedelta(hours=30), NOW - timedelta(hours=20), NOW - timedelta(hours=2)]
    assert deliverable_at(rules, NOW, UTC_ZONE, sent) == NOW + timedelta(hours=4)
    assert deliverable_at(rules, NOW, UTC_ZONE, sent[:2]) == NOW
    night = Engagement(daily_cap=1)  # ... and then waits for the end of the quiet hours
    assert deliverable_at(night, NOW, UTC_ZONE, [NOW - timedelta(hours=13)]) == NOW.replace(
        day=5, hour=8
    )


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Too dark", "Too dark"),
        ("  The  lights\nare broken ", "The lights are broken"),
        (
            "The paths by the pond are broken and muddy, the bins overflow every weekend and "
            "nobody seems to care at all",
            "The paths by the pond are broken and muddy, the bins overflow every weekend and…",
        ),
        ("x" * 100, "x" * 80 + "…"),
    ],
)
def test_a_quote_is_the_answer_or_its_first_words(said, expected) -> None:
    assert quote(said) == expected


def test_texts_come_from_the_flow_or_the_defaults() -> None:
    own = Engagement.model_validate({"followup_text": "You said “{quote}” about {title}. Ideas?"})
    assert opening(own, FOLLOWUP, title="Elm", quote="dark") == "You said “dark” about Elm. Ideas?"
    assert "“dark”" in opening(Engagement(), FOLLOWUP, title="Elm", quote="dark")
    link = "https://t.me/b?start=abc-def"
    assert link in opening(Engagement(), CHAMPION, title="Elm", link=link)
    assert opening(Engagement(), REMINDER, title="Elm").startswith("A gentle reminder from “Elm”")


def test_nothing_is_held_for_a_member_who_may_not_be_messaged() -> None:
    """Paused, declined, blocked, or the session closed: the answer still voids what was
    held about its step, and nothing new is held."""
    got = after_answer(
        FLOW,
        answered=text("Dark and dirty", "negative"),
        waiting="idea",
        moods=("negative",),
        proposed=True,
        held=(),
        now=NOW,
        reachable=False,
    )
    assert got == Plan((), ("why",))


def test_no_new_side_question_while_one_is_ignored() -> None:
    ignored = (Held(FOLLOWUP, "visits", ignored=True),)
    got = plan(text("Dark and dirty", "negative"), "idea", ("negative",), held=ignored)
    assert got == Plan(
        (Planned(REMINDER, "idea", NOW + timedelta(hours=1)),), ("why",), (CHAMPION,)
    )
    answered = (Held(FOLLOWUP, "visits", ignored=False),)
    again = plan(text("Dark and dirty", "negative"), "idea", ("negative",), held=answered)
    assert [p.kind for p in again.hold] == [REMINDER, FOLLOWUP]


def test_going_back_or_on_voids_what_was_held_for_the_step_left() -> None:
    back = after_answer(
        FLOW, answered=None, waiting="why", left="idea", moods=(), proposed=False, held=(),
        now=NOW,
    )  # fmt: skip
    assert back == Plan((Planned(REMINDER, "why", NOW + timedelta(hours=1)),), ("idea",))


def test_no_follow_up_when_the_flow_asks_its_own() -> None:
    own = dialogs.parse_flow(
        "title: Own\nengagement: {followup_after: 30m}\nsteps:\n"
        "  - id: why\n    kind: text\n    prompt: 'Why?'\n"
        "    next: [{sentiment: negative, goto: better}, {default: idea}]\n"
        "  - {id: better, kind: text, prompt: 'What would make it better?', optional: true}\n"
        "  - {id: idea, kind: proposal, prompt: 'Your idea?'}\n",
        "own.yaml",
    )
    asked = plan(text("Too dark and dirty", "negative"), "better", ("negative",), flow=own)
    assert [p.kind for p in asked.hold] == [REMINDER]
    elsewhere = plan(text("Too dark and dirty", "negative"), "idea", ("negative",), flow=own)
    assert [p.kind for p in elsewhere.hold] == [REMINDER, FOLLOWUP]


@pytest.mark.parametrize(
    ("said", "waiting", "why"),
    [
        (text("lights pls", step="opt"), "idea", "an optional step"),
        (text("all fine", step="fb", kind="feedback"), "idea", "a feedback step"),
        (text("lights pls"), None, "the closing answer: after it, the goodbye"),
        (text("nothing really"), "idea", "a declining answer"),
        (text("n/a"), "idea", "a declining answer"),
    ],
)
def test_no_elaboration_request_on(said, waiting, why) -> None:
    flow = dialogs.parse_flow(
        "title: Some\nsteps:\n"
        "  - {id: why, kind: text, prompt: 'Why?'}\n"
        "  - {id: opt, kind: text, prompt: 'More?', optional: true}\n"
        "  - {id: fb, kind: feedback, prompt: 'Feedback?'}\n"
        "  - {id: idea, kind: proposal, prompt: 'Your idea?'}\n",
        "some.yaml",
    )
    assert ELABORATION not in [p.kind for p in plan(said, waiting, flow=flow).hold], why


def test_a_member_who_writes_resets_the_clock() -> None:
    rules = Engagement(
        nudge_after=timedelta(hours=1), nudge_backoff=2, followup_after=timedelta(minutes=30)
    )
    heard = NOW - timedelta(minutes=1)
    assert after_silence(rules, Held(REMINDER, "q", 1), heard) == heard + timedelta(hours=1)
    assert after_silence(rules, Held(REMINDER, "q", 2), heard) == heard + timedelta(hours=2)
    assert after_silence(rules, Held(FOLLOWUP, "q"), heard) == heard + timedelta(minutes=30)
    assert after_silence(rules, Held(REMINDER, "q", 0), heard) is None, "an organiser's /nudge"
    assert after_silence(rules, Held(CHAMPION, "session"), heard) is None
    assert after_silence(rules, Held(REMINDER, "q", 1), None) is None
