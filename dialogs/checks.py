"""Checks across steps: unique ids, branch targets, conditions that fit, reachability."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from dialogs.models import END, TEXT_KINDS, ChoiceStep, ProposalStep, Rule, ScaleStep, Step

Problem = tuple[tuple[str | int, ...], str]
LineOf = Callable[[tuple[str | int, ...]], int]
NUMERIC = ("lt", "lte", "gt", "gte")


def check_steps(
    steps: list[tuple[int, Step]], raw_ids: list[tuple[int, str]], complete: bool, line_of: LineOf
) -> list[Problem]:
    """`steps` are the steps that validated (with their index); `raw_ids` every step id seen."""
    problems = list(_duplicates(raw_ids, line_of))
    known = {step_id for _, step_id in raw_ids}
    for index, step in steps:
        problems += [((("steps", index, *path)), msg) for path, msg in _check_next(step, known)]
    problems += _proposal_limits(steps)
    if complete and not problems:
        ordered = [step for _, step in steps]
        problems += _unreachable(ordered) + _message_loops(ordered)
    return problems


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


def _check_next(step: Step, known: set[str]) -> Iterator[Problem]:
    if step.next is None:
        return
    if isinstance(step.next, str):
        if step.next != END and step.next not in known:
            yield ("next",), f"next goes to unknown step '{step.next}'"
        return
    for j, rule in enumerate(step.next):
        path = ("next", j)
        if rule.target != END and rule.target not in known:
            yield path, f"goto goes to unknown step '{rule.target}'"
        if rule.default is not None and j != len(step.next) - 1:
            yield path, "the default rule must be the last one (rules after it never apply)"
        if rule.condition is not None:
            problem = condition_problem(step, rule)
            if problem:
                yield path, problem


def condition_problem(step: Step, rule: Rule) -> str | None:
    name = (rule.condition or "").rstrip("_")
    value = getattr(rule, rule.condition or "", None)
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


def successors(steps: list[Step], step: Step) -> list[str]:
    """Every target a step may lead to (falling through to the next step in the file)."""
    ids = [s.id for s in steps]
    index = ids.index(step.id)
    following = ids[index + 1] if index + 1 < len(ids) else END
    if step.next is None:
        return [following]
    if isinstance(step.next, str):
        return [step.next]
    targets = [rule.target for rule in step.next]
    if not any(rule.default is not None for rule in step.next):
        targets.append(following)
    return targets


def _unreachable(steps: list[Step]) -> list[Problem]:
    by_id = {s.id: s for s in steps}
    seen, todo = {steps[0].id}, [steps[0]]
    while todo:
        for target in successors(steps, todo.pop()):
            if target in by_id and target not in seen:
                seen.add(target)
                todo.append(by_id[target])
    return [
        (("steps", i, "id"), f"step '{s.id}' can never be reached from the first step")
        for i, s in enumerate(steps)
        if s.id not in seen
    ]


def _message_loops(steps: list[Step]) -> list[Problem]:
    by_id = {s.id: s for s in steps}
    for i, step in enumerate(steps):
        chain, current = [step.id], step
        while current.kind == "message":
            target = successors(steps, current)[0]
            if target == step.id:
                loop = " -> ".join([*chain, target])
                message = f"message steps loop forever without a question: {loop}"
                return [(("steps", i, "id"), message)]
            if target not in by_id or target in chain:
                break
            chain.append(target)
            current = by_id[target]
    return []
