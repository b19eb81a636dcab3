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


def possible_next(flow: Flow, step: Step) -> list[str]:
    """Every step `step` may lead to (or `end`), whatever the answer."""
    if step.next is None:
        return [flow.following(step.id)]
    if isinstance(step.next, str):
        return [step.next]
    targets = [rule.target for rule in step.next]
    if not any(rule.condition is None and rule.default is not None for rule in step.next):
        targets.append(flow.following(step.id))  # no rule matched: the next step in the file
    return targets


def asked_of_everyone(flow: Flow) -> set[str]:
    """The steps every member who finishes passes through, whatever they answer: the others
    are asked only of some, after a branch."""
    edges = {s.id: possible_next(flow, s) for s in flow.steps}

    def ends_without(left_out: str) -> bool:
        seen, todo = {flow.first.id}, [flow.first.id]
        while todo:
            for target in edges.get(todo.pop(), []):
                if target == END:
                    return True
                if target != left_out and target not in seen:
                    seen.add(target)
                    todo.append(target)
        return False

    return {s.id for s in flow.steps if s.id == flow.first.id or not ends_without(s.id)}
