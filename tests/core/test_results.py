"""Issue 17, part 1: the results builder (`reports.results`) and its words
(`reports.results_text`), on plain rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import dialogs
from reports.figures import mood_of
from reports.results import results
from reports.results_text import brief_line, tally_lines

FLOW = dialogs.parse_flow(
    """
title: Every kind
steps:
  - {id: hello, kind: message, prompt: Welcome}
  - id: often
    kind: choice
    label: How often
    prompt: How often do you come?
    options: [{id: daily, label: Every day}, {id: weekly, label: Every week},
              {id: never, label: Never}]
  - id: uses
    kind: choice
    multiple: true
    prompt: What for?
    options: [{id: walk, label: Walking}, {id: play, label: Play}, {id: sit, label: Sitting}]
  - {id: safe, kind: scale, prompt: "How safe?", min: 1, max: 5, min_label: Not at all,
     max_label: Very}
  - {id: why, kind: text, prompt: "Why?", optional: true}
  - {id: idea, kind: proposal, prompt: "One idea?", optional: true}
  - {id: vote, kind: vote, prompt: Vote on these}
  - {id: more, kind: feedback, prompt: "Anything else?", optional: true}
""",
    "every_kind.yaml",
)
START = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    id: int
    step_id: str
    member_id: int
    kind: str
    value: Any
    text: str | None = None
    polarity: float | None = None
    created_at: datetime = START


def rows(*given: tuple[Any, ...]) -> list[Row]:
    """(member, step, kind, value[, text, polarity]) at one minute apart, in order."""
    return [
        Row(n, step, member, kind, value, *rest, created_at=START + timedelta(minutes=n))  # type: ignore[misc]
        for n, (member, step, kind, value, *rest) in enumerate(given, start=1)
    ]


def build(*given: tuple[Any, ...], hidden=frozenset()):  # type: ignore[no-untyped-def]
    found = results(FLOW, rows(*given), lambda m: f"m-{m}", mood_of(-0.2, 0.4), hidden)
    return {q.step_id: q for q in found}


def test_only_questions_in_the_flows_order_with_their_prompts() -> None:
    found = build()
    assert list(found) == ["often", "uses", "safe", "why", "idea", "more"]
    assert found["often"].prompt == "How often do you come?" and found["often"].label == "How often"
    assert found["why"].label == "Why?"
    assert all(q.answered == q.skipped == 0 for q in found.values())
    assert tally_lines(found["often"])[1] == "• Every day: 0 of 0"


def test_a_single_choice_counts_options_in_the_flows_order_by_label() -> None:
    q = build(
        (1, "often", "choice", "weekly"),
        (2, "often", "choice", "daily"),
        (3, "often", "choice", "weekly"),
        (4, "often", "choice", "gone"),  # an option the flow no longer has
    )["often"]
    assert [(c.label, c.count) for c in q.counts] == [
        ("Every day", 1), ("Every week", 2), ("Never", 0), ("gone", 1),
    ]  # fmt: skip
    assert tally_lines(q) == [
        "4 answered",
        "• Every day: 1 of 4, 25%",
        "• Every week: 2 of 4, 50%",
        "• Never: 0 of 4, 0%",
        "• gone: 1 of 4, 25%",
    ]
    assert brief_line(q) == "• How often: 4 answered; most chose Every week (2 of 4, 50%)"


def test_a_multiple_choice_counts_each_member_once_per_option_and_says_so() -> None:
    q = build(
        (1, "uses", "choice", ["walk", "play"]),
        (2, "uses", "choice", ["walk", "walk"]),  # twice in a value: once
        (3, "uses", "choice", []),  # answered, nothing picked (min_selections 0)
    )["uses"]
    assert q.multiple and q.answered == 3
    assert tally_lines(q)[1:] == [
        "• Walking: 2 of 3, 67%",
        "• Play: 1 of 3, 33%",
        "• Sitting: 0 of 3, 0%",
        "Each could pick more than one: the shares are of the members who answered, so they "
        "may add up to more than 100%.",
    ]


def test_a_scale_lists_every_point_in_order_with_mean_and_median() -> None:
    q = build(
        (1, "safe", "scale", 5),
        (2, "safe", "scale", 2),
        (3, "safe", "scale", 5),
        (4, "safe", "scale", 3),
    )["safe"]
    assert [c.label for c in q.counts] == ["1 (Not at all)", "2", "3", "4", "5 (Very)"]
    assert [c.count for c in q.counts] == [0, 1, 1, 0, 2]
    assert (q.mean, q.median) == (3.75, 4.0)
    assert tally_lines(q)[-1] == "Mean 3.8, median 4."
    assert brief_line(q) == "• How safe?: 4 answered; mean 3.8, median 4"
    odd = build((1, "safe", "scale", 1), (2, "safe", "scale", 2), (3, "safe", "scale", 4))["safe"]
    assert (odd.mean, odd.median) == (7 / 3, 2.0)


def test_written_answers_newest_first_with_sentiment_skips_and_erasures_counted() -> None:
    found = build(
        (1, "why", "text", "Too dark at night", "Too dark at night", -0.5),
        (2, "why", "text", None),  # /skip
        (3, "why", "text", "Lovely and green", "Lovely and green", 0.6),
        (1, "why:followup", "followup", "More lamps", "More lamps", 0.0),
        (4, "why", "text", None, "[erased]"),  # its author used /forget
        (5, "why:elaboration", "elaboration", None, "[erased]"),
        (2, "more", "feedback", "Thanks!", "Thanks!", 0.5),
    )
    q = found["why"]
    assert (q.answered, q.skipped, q.erased) == (2, 1, 1)
    assert [(x.member, x.text, x.kind, x.mood) for x in q.quotes] == [
        ("m-1", "More lamps", "followup", "neutral"),
        ("m-3", "Lovely and green", "text", "positive"),
        ("m-1", "Too dark at night", "text", "negative"),
    ]
    assert [x.text for x in q.answers] == ["Lovely and green", "Too dark at night"]
    assert [x.text for x in q.added] == ["More lamps"]
    assert tally_lines(q) == [
        "2 answered, 1 skipped, 1 erased by their authors",
        "Newest first, each with its sentiment.",
    ]
    assert brief_line(q) == "• Why?: 2 answered, 1 skipped, 1 erased by their authors; " + (
        "1 negative, 1 positive"
    )
    assert [x.text for x in found["more"].quotes] == ["Thanks!"]
    assert brief_line(found["idea"]) == "• One idea?: nobody has answered yet"


def test_a_hidden_proposal_is_marked_among_the_proposal_steps_answers() -> None:
    q = build(
        (1, "idea", "proposal", "Lights by the pond", "Lights by the pond", 0.0),
        (2, "idea", "proposal", "Ban the dogs", "Ban the dogs", 0.0),
        hidden=frozenset({(2, "Ban the dogs")}),
    )["idea"]
    assert [(x.text, x.hidden) for x in q.quotes] == [
        ("Ban the dogs", True),
        ("Lights by the pond", False),
    ]


def test_one_step_only() -> None:
    found = results(FLOW, rows((1, "safe", "scale", 4)), str, mood_of(-0.2, 0.4), only="safe")
    assert [q.step_id for q in found] == ["safe"] and found[0].answered == 1
