"""Checks across steps: unique ids, branch targets, conditions that fit, one proposal limit,
labels for the summary, and (from `dialogs.graph`) reachability, dead ends and loops; and a
flow's languages that no sentiment analyser reads here."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from dialogs.graph import message_loops, raw_graph, traps, unknown_targets, unreachable
from dialogs.language_id import primary
from dialogs.models import (
    QUESTION_KINDS,
    TEXT_KINDS,
    ChoiceStep,
    ProposalStep,
    Rule,
    ScaleStep,
    Step,
)
from dialogs.sentiment import analysers

Problem = tuple[tuple[str | int, ...], str]
LineOf = Callable[[tuple[str | int, ...]], int]
NUMERIC = ("lt", "lte", "gt", "gte")
SUMMARISED = tuple(kind for kind in QUESTION_KINDS if kind != "vote")  # in the summary


def check_steps(
    steps: list[tuple[int, Step]], raw: tuple, line_of: LineOf
) -> tuple[list[Problem], list[Problem]]:
    """Errors and warnings across steps. `steps` are those that validated (with their
    index); `raw` every step as written, so that targets, reachability and loops are
    checked in the same pass even when some steps have errors of their own."""
    graph = raw_graph(raw)
    duplicates = list(_duplicates([(s.index, s.id) for s in graph.steps], line_of))
    errors = [*duplicates, *unknown_targets(graph)]
    for index, step in steps:
        errors += [(("steps", index, *path), msg) for path, msg in _check_rules(step)]
    errors += _proposal_limits(steps)
    errors += list(message_loops(graph))
    warnings: list[Problem] = []
    if not duplicates:  # with two steps of one id, where a step leads is anyone's guess
        warnings = [*unreachable(graph), *traps(graph)]
    return errors, warnings


def unlabelled(steps: Iterable[tuple[int, Step]]) -> Iterator[Problem]:
    """Questions without a label: the member's summary at the end names them by their
    prompt's first line instead (warnings, once the file has no errors)."""
    for index, step in steps:
        if step.kind in SUMMARISED and step.label is None:
            yield (
                ("steps", index),
                f"step '{step.id}' has no label: the summary at the end will name it by its "
                f"prompt (“{step.short_label}”); add a short label",
            )


def sentiment_warnings(languages: Sequence[str]) -> list[str]:
    """A warning for each of a flow's languages that no sentiment analyser reads here: its
    answers are "unknown", so no `sentiment:` branch matches them and the engagement loop
    sends no follow-up or champion invitation on their account."""
    readable = analysers()
    return [
        f"no sentiment analyser reads '{language}' here: answers in it are \"unknown\", so no "
        "'sentiment:' branch matches them and they get no follow-up or champion invitation "
        f"(languages with one: {', '.join(sorted(readable))})"
        for language in dict.fromkeys(primary(code) for code in languages)
        if language not in readable
    ]


def _proposal_limits(steps: list[tuple[int, Step]]) -> list[Problem]:
    """A session has one proposal length limit (the flow's proposal steps and /propose)."""
    proposals = [(i, s) for i, s in steps if isinstance(s, ProposalStep)]
    if not proposals:
        return []
    first = proposals[0][1]
    limits = (first.min_length, first.max_length)
    return [
        (
            ("steps", i, "id"),
            f"proposal step '{s.id}' must take the same min_length and max_length as "
            f"'{first.id}' ({limits[0]} and {limits[1]}): a session has one proposal limit",
        )
        for i, s in proposals[1:]
        if (s.min_length, s.max_length) != limits
    ]


def _duplicates(raw_ids: list[tuple[int, str]], line_of: LineOf) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for index, step_id in raw_ids:
        if step_id in first:
            line = line_of(("steps", first[step_id], "id"))
            message = f"duplicate step id '{step_id}' (first used on line {line})"
            yield ("steps", index, "id"), message
        else:
            first[step_id] = index


def _check_rules(step: Step) -> Iterator[Problem]:
    if not isinstance(step.next, tuple):
        return
    for j, rule in enumerate(step.next):
        path = ("next", j)
        if rule.default is not None and j != len(step.next) - 1:
            yield path, "the default rule must be the last one (rules after it never apply)"
        if rule.condition is not None:
            problem = condition_problem(step, rule)
            if problem:
                yield path, problem


def condition_problem(step: Step, rule: Rule) -> str | None:
    name = (rule.condition or "").rstrip("_")
    value: Any = getattr(rule, rule.condition or "", None)
    if step.kind in ("message", "vote"):
        return f"a {step.kind} step has no answer to branch on; use a plain next or default"
    if name == "skipped" and not step.optional:
        return f"'skipped' never happens: step '{step.id}' is not optional"
    if name == "sentiment" and step.kind not in TEXT_KINDS:
        return f"'sentiment' does not fit a {step.kind} step"
    if name in NUMERIC and not isinstance(step, ScaleStep):
        return f"'{name}' only fits scale steps, not {step.kind}"
    if name in ("skipped", "sentiment", *NUMERIC):
        return None
    values = value if name == "in" else (value,)
    if isinstance(step, ChoiceStep):
        bad = [v for v in values if not isinstance(v, str) or step.option(v) is None]
        return (
            f"'{name}' names unknown option(s) of step '{step.id}': {', '.join(map(repr, bad))}"
            if bad
            else None
        )
    if isinstance(step, ScaleStep):
        bad = [v for v in values if not isinstance(v, int) or not step.min <= v <= step.max]
        return (
            f"'{name}' needs whole numbers {step.min}-{step.max}, not {', '.join(map(repr, bad))}"
            if bad
            else None
        )
    return f"'{name}' does not fit a {step.kind} step; branch on sentiment or skipped"
