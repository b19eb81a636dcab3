"""Proposals, feedback and votes, pure: the one set of length limits, browse order, agree
milestones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from dialogs import texts
from dialogs.models import Flow, ProposalStep, TextStep

AGREE_MILESTONES = (3, 10, 25, 50, 100, 250, 500, 1000)
VOTE_VALUES = ("agree", "disagree", "pass")
TextProblem = Literal["empty", "short", "long"]


@dataclass(frozen=True)
class Limits:
    min_length: int
    max_length: int


PROPOSAL_LIMITS = Limits(10, 500)  # a flow's proposal step may set its own (for the session)
FEEDBACK_LIMITS = Limits(1, 1000)


def proposal_limits(flow: Flow | None) -> Limits:
    """How long a proposal may be in a session of `flow`, however it is written (a proposal
    step or /propose): the flow's proposal step says (all its proposal steps agree, see
    checks), else the default."""
    step = next((s for s in flow.steps if isinstance(s, ProposalStep)), None) if flow else None
    return Limits(step.min_length, step.max_length) if step else PROPOSAL_LIMITS


def feedback_limits(flow: Flow | None) -> Limits:
    """How long feedback may be in a session of `flow` (a feedback step or /feedback)."""
    steps = flow.steps if flow else ()
    step = next((s for s in steps if isinstance(s, TextStep) and s.kind == "feedback"), None)
    return Limits(1, step.max_length) if step else FEEDBACK_LIMITS


def tidy(text: str) -> str:
    """Text as stored: runs of spaces and line breaks become one space."""
    return " ".join(text.split())


def check_text(text: str, limits: Limits) -> TextProblem | None:
    """None if the (tidied) text fits the limits, else why not."""
    length = len(tidy(text))
    if not length:
        return "empty"
    if length < limits.min_length:
        return "short"
    if length > limits.max_length:
        return "long"
    return None


def proposal_problem(problem: TextProblem, limits: Limits, text: str) -> str:
    """What a member is told about a proposal that does not fit: the same words from a
    flow's proposal step and from /propose."""
    length = len(tidy(text))
    if problem == "long":
        return texts.PROPOSAL_TOO_LONG.format(most=limits.max_length, length=length)
    if problem == "short":
        return texts.PROPOSAL_TOO_SHORT.format(least=limits.min_length, length=length)
    return texts.EMPTY_TEXT


def next_to_vote(order: list[int], done: set[int], after: int | None = None) -> int | None:
    """The proposal to show a member: the first in `order` they have not voted on (and is
    not their own: `done` holds both), after `after` if given and round to the start; None
    when nothing is left."""
    start = order.index(after) + 1 if after in order else 0
    for proposal_id in order[start:] + order[:start]:
        if proposal_id not in done:
            return proposal_id
    return None


def milestone_reached(agree_votes: int, already_told: int) -> int | None:
    """The highest milestone passed that the author was not told of yet, if any."""
    passed = [m for m in AGREE_MILESTONES if already_told < m <= agree_votes]
    return passed[-1] if passed else None
