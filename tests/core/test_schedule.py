"""The reprompt plan after an engine outcome: pure values in, plan out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import dialogs
from dialogs.schedule import Planned, SchedulePlan, plan_after

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def park():
    return dialogs.load_flows(dialogs.default_flows_dir())["park_redesign"]


def test_starting_plans_a_reminder_for_the_first_question(park) -> None:
    plan = plan_after(park, dialogs.start(park, NOW), NOW)
    assert plan == SchedulePlan(
        True, (Planned("reminder", "visit_frequency", NOW + timedelta(hours=24)),)
    )


def test_an_answer_cancels_and_plans_for_the_next_question(park) -> None:
    state = dialogs.start(park, NOW).state
    outcome = dialogs.handle(park, state, dialogs.ButtonEvent("visit_frequency", "daily"), NOW)
    plan = plan_after(park, outcome, NOW)
    assert plan.cancel_pending and [p.step_id for p in plan.add] == ["uses"]


def test_a_rejected_answer_changes_nothing(park) -> None:
    state = dialogs.start(park, NOW).state
    outcome = dialogs.handle(park, state, dialogs.UnsupportedEvent("sticker"), NOW)
    assert plan_after(park, outcome, NOW) == SchedulePlan(cancel_pending=False)


def test_finishing_only_cancels() -> None:
    flow = dialogs.parse_flow(
        "id: tiny\ntitle: Tiny\nlanguage: en\nengagement:\n  nudge_after: 1h\n  max_nudges: 1\n"
        "  followup_after: 1h\n  negative_threshold: -0.2\n  positive_threshold: 0.4\n"
        "  min_words: 3\nsteps:\n  - id: only\n    kind: text\n    prompt: Anything?\n",
        "tiny.yaml",
    )
    state = dialogs.start(flow, NOW).state
    outcome = dialogs.handle(flow, state, dialogs.TextEvent("Nothing more, thanks"), NOW)
    assert outcome.completed
    assert plan_after(flow, outcome, NOW) == SchedulePlan(cancel_pending=True)
