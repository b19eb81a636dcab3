"""Checks across steps: unique ids, branch targets, conditions that fit, one proposal limit,
labels for the summary, and (from `dialogs.graph`) reachability, dead ends and loops; and a
flow's languages that no sentiment analyser reads here."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from dialogs.check_texts import said
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
from texts.i18n import Said

Problem = tuple[tuple[str | int, ...], Said]
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
            yield ("steps", index), said("UNLABELLED", step=step.id, prompt=step.short_label)


def sentiment_warnings(languages: Sequence[str]) -> list[Said]:
    """A warning for each of a flow's languages that no sentiment analyser reads here: its
    answers are "unknown", so no `sentiment:` branch matches them and the engagement loop
    sends no follow-up or champion invitation on their account."""
    readable = analysers()
    return [
        said("NO_SENTIMENT", language=language, readable=", ".join(sorted(readable)))
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
            said("PROPOSAL_LIMITS", step=s.id, first=first.id, low=limits[0], high=limits[1]),
        )
        for i, s in proposals[1:]
        if (s.min_length, s.max_length) != limits
    ]


def _duplicates(raw_ids: list[tuple[int, str]], line_of: LineOf) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for index, step_id in raw_ids:
        if step_id in first:
            line = line_of(("steps", first[step_id], "id"))
            yield ("steps", index, "id"), said("DUPLICATE_STEP", step=step_id, line=line)
        else:
            first[step_id] = index


def _check_rules(step: Step) -> Iterator[Problem]:
    if not isinstance(step.next, tuple):
        return
    for j, rule in enumerate(step.next):
        path = ("next", j)
        if rule.default is not None and j != len(step.next) - 1:
            yield path, said("DEFAULT_LAST")
        if rule.condition is not None:
            problem = condition_problem(step, rule)
            if problem:
                yield path, problem


def condition_problem(step: Step, rule: Rule) -> Said | None:
    name = (rule.condition or "").rstrip("_")
    value: Any = getattr(rule, rule.condition or "", None)
    if step.kind in ("message", "vote"):
        return said("NO_ANSWER_TO_BRANCH", kind=step.kind)
    if name == "skipped" and not step.optional:
        return said("NEVER_SKIPPED", step=step.id)
    if name == "sentiment" and step.kind not in TEXT_KINDS:
        return said("SENTIMENT_MISFIT", kind=step.kind)
    if name in NUMERIC and not isinstance(step, ScaleStep):
        return said("SCALE_ONLY", condition=name, kind=step.kind)
    if name in ("skipped", "sentiment", *NUMERIC):
        return None
    values = value if name == "in" else (value,)
    if isinstance(step, ChoiceStep):
        bad = [v for v in values if not isinstance(v, str) or step.option(v) is None]
        shown = ", ".join(map(repr, bad))
        return said("UNKNOWN_OPTIONS", condition=name, step=step.id, values=shown) if bad else None
    if isinstance(step, ScaleStep):
        bad = [v for v in values if not isinstance(v, int) or not step.min <= v <= step.max]
        shown = ", ".join(map(repr, bad))
        return (
            said("WHOLE_NUMBERS", condition=name, low=step.min, high=step.max, values=shown)
            if bad
            else None
        )
    return said("CONDITION_MISFIT", condition=name, kind=step.kind)
