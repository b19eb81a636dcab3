"""Branch rules on sentiment: an answer in a language the analyser does not read ("unknown")
matches no `sentiment:` rule and goes on to the next rule or the default."""

import pytest

from dialogs import Sentiment, TextEvent, analyse, handle, parse_flow, start
from dialogs.conditions import matches, next_step
from dialogs.models import Rule

from .conversation import NOW

FLOW = """
id: moods
title: Moods
language: en
engagement:
  nudge_after: 1h
  max_nudges: 1
  followup_after: 2h
  negative_threshold: -0.2
  positive_threshold: 0.4
  min_words: 0
steps:
  - id: how
    kind: text
    prompt: How is the park?
    next:
      - sentiment: negative
        goto: sorry
      - sentiment: neutral
        goto: noted
      - sentiment: positive
        goto: glad
      - default: other
  - {id: sorry, kind: message, prompt: "Sorry.", next: other}
  - {id: noted, kind: message, prompt: "Noted.", next: other}
  - {id: glad, kind: message, prompt: "Glad.", next: other}
  - {id: other, kind: text, prompt: "Anything else?"}
  - id: fallthrough
    kind: text
    prompt: And the paths?
    next:
      - sentiment: negative
        goto: sorry
  - {id: last, kind: message, prompt: Bye.}
"""

UNKNOWN = Sentiment(0.0, 0.0, known=False)


def flow():
    return parse_flow(FLOW, "moods.yaml")


@pytest.mark.parametrize(
    ("sentiment", "expected"),
    [
        (Sentiment(-0.5, 0.5), "sorry"),
        (Sentiment(-0.2, 0.5), "noted"),  # the thresholds are strict
        (Sentiment(0.0, 0.0), "noted"),
        (Sentiment(0.4, 0.5), "noted"),
        (Sentiment(0.41, 0.5), "glad"),
        (UNKNOWN, "other"),  # no sentiment rule matches: the default
        (Sentiment(-0.9, 0.9, known=False), "other"),  # whatever the polarity says
        (None, "other"),  # no sentiment at all
    ],
)
def test_sentiment_rules_and_unknown(sentiment, expected):
    moods = flow()
    assert next_step(moods, moods.step("how"), "an answer", sentiment) == expected


@pytest.mark.parametrize(
    ("sentiment", "expected"),
    [
        (Sentiment(-0.5, 0.5), "sorry"),
        (Sentiment(0.0, 0.0), "last"),  # no rule matched, no default: the next step
        (UNKNOWN, "last"),
    ],
)
def test_unknown_without_default_goes_to_the_next_step(sentiment, expected):
    moods = flow()
    assert next_step(moods, moods.step("fallthrough"), "an answer", sentiment) == expected


@pytest.mark.parametrize("mood", ["negative", "neutral", "positive"])
@pytest.mark.parametrize("answer", ["negative", "neutral", "positive", "unknown", None])
def test_matches_only_the_same_known_class(mood, answer):
    rule = Rule.model_validate({"sentiment": mood, "goto": "x"})
    assert matches(rule, "text", answer) is (answer == mood)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("The paths are awful, dirty and terrible", "Sorry."),
        ("I don't feel safe here at night", "Sorry."),
        ("Put bright lights along the pond path", "Noted."),
        ("This is a wonderful idea, thank you!", "Glad."),
        ("Les chemins sont sales et dangereux", None),
        ("Die Wege sind schmutzig und gefährlich", None),
        ("Парк грязный и опасный", None),
        ("公园又脏又危险", None),
    ],
)
def test_real_analyser_through_the_engine(text, message):
    moods = flow()
    outcome = handle(moods, start(moods, NOW).state, TextEvent(text), NOW, sentiment=analyse)
    assert outcome.answer is not None and outcome.answer.step_id == "how"
    assert outcome.answer.sentiment.known is (message is not None)
    said = [r.text for r in outcome.replies]
    assert [m for m in ("Sorry.", "Noted.", "Glad.") if m in said] == ([message] if message else [])
    assert outcome.state.step_id == "other"
