"""Branching: which step comes after an answer."""

from __future__ import annotations

from typing import Any

from dialogs.models import END, Flow, Rule, Step
from dialogs.sentiment import Sentiment, SentimentClass, classify


def matches(rule: Rule, value: Any, mood: SentimentClass | None) -> bool:
    """Does the answer `value` (None if skipped) with sentiment class `mood` meet the rule?

    A `sentiment:` rule never matches an answer whose sentiment is "unknown" (a language the
    analyser does not read): such an answer goes on to the next rule, or the default."""
    name = rule.condition
    if name is None:
        return rule.default is not None
    if name == "skipped":
        return (value is None) == rule.skipped
    if value is None:
        return False
    if name == "sentiment":
        return mood != "unknown" and mood == rule.sentiment
    if name == "equals":
        return _contains(value, rule.equals)
    if name == "in_":
        return any(_contains(value, wanted) for wanted in rule.in_ or ())
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    bound = getattr(rule, name)
    return {"lt": value < bound, "lte": value <= bound, "gt": value > bound, "gte": value >= bound}[
        name
    ]


def _contains(value: Any, wanted: Any) -> bool:
    if isinstance(value, list | tuple):
        return wanted in value
    return value == wanted and type(value) is type(wanted)


def next_step(flow: Flow, step: Step, value: Any, sentiment: Sentiment | None) -> str:
    """The id of the step after `step` (or `end`), given its answer."""
    if step.next is None:
        return flow.following(step.id)
    if isinstance(step.next, str):
        return step.next
    mood = classify(sentiment, flow.engagement) if sentiment is not None else None
    for rule in step.next:
        if matches(rule, value, mood):
            return rule.target
    return flow.following(step.id) if step.id in {s.id for s in flow.steps} else END
