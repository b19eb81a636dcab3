"""Results per question: for every question of a session's flow, in the flow's order and with
its prompt as members read it, what members answered. Pure: plain answer rows in (as
`storage.exports.answers` streams them), plain values out, for /answers, /stats,
`codesign stats`, the report and the exports.

- A choice: each option in the flow's order, by its label, with how many chose it (a
  multi-select's shares are of the members who answered, so they may add up to more than
  100%). A value the flow no longer has is counted under its id, after the options.
- A scale: every point from its lowest to its highest (with the flow's words for the ends),
  the mean and the median.
- Free text (text, proposal, feedback): every answer as a `Quote`, newest first, with its
  author's pseudonym and sentiment. Follow-up replies and added detail (answers to
  `step:followup`, `step:elaboration`) are quotes of the question they follow, whatever its
  kind.
- Skips (an optional question passed with /skip) are counted, not quoted; so are answers
  their author erased (/forget).
- Message and vote steps ask nothing of their own: not questions here (the votes are the
  proposals').
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol

from dialogs.models import OPTION_KINDS, ChoiceStep, Flow, ScaleStep, Step
from storage.quotes import ERASED  # what /forget leaves of a written answer

QUESTION_KINDS = ("choice", "interests", "scale", "text", "proposal", "feedback")
WRITTEN_KINDS = ("text", "proposal", "feedback")
SIDE_KINDS = ("followup", "elaboration")


class AnswerRow(Protocol):
    """One stored answer, current (not superseded by a later one to the same step)."""

    id: int
    step_id: str
    member_id: int
    kind: str
    value: Any
    text: str | None
    polarity: float | None
    created_at: datetime


@dataclass(frozen=True)
class Count:
    """An option (or a point of a scale) and how many members chose it."""

    key: str  # the option's id, or the scale point as digits
    label: str
    count: int


@dataclass(frozen=True)
class Quote:
    """Words a member wrote, as the results show them."""

    member: str  # pseudonym (or name, where names were asked for)
    at: datetime
    text: str
    kind: str  # the question's kind, or followup/elaboration (words added when asked)
    polarity: float | None
    mood: str  # negative, neutral, positive ("" unknown)
    hidden: bool = False  # a proposal the organisers hid

    @property
    def side(self) -> bool:
        return self.kind in SIDE_KINDS


@dataclass(frozen=True)
class Question:
    step_id: str
    kind: str  # choice, scale, text, proposal, feedback
    prompt: str  # as members read it
    label: str  # the step's short label
    answered: int  # members who answered (skips and erased answers not counted)
    skipped: int
    erased: int = 0
    counts: tuple[Count, ...] = ()  # choice: options in the flow's order; scale: every point
    multiple: bool = False  # a choice where each could pick several
    mean: float | None = None  # scale
    median: float | None = None  # scale
    quotes: tuple[Quote, ...] = ()  # newest first

    @property
    def written(self) -> bool:
        return self.kind in WRITTEN_KINDS

    @property
    def answers(self) -> tuple[Quote, ...]:
        """The quotes that answer the question itself (not follow-ups or detail)."""
        return tuple(q for q in self.quotes if not q.side)

    @property
    def added(self) -> tuple[Quote, ...]:
        """Follow-up replies and detail added on request."""
        return tuple(q for q in self.quotes if q.side)


def questions(flow: Flow) -> list[Step]:
    """The steps that ask something of their own, in the flow's order."""
    return [s for s in flow.steps if s.kind in QUESTION_KINDS]


def results(
    flow: Flow,
    answers: Iterable[AnswerRow],
    label: Callable[[int | None], str],
    mood: Callable[[float | None], str],
    hidden: frozenset[tuple[int, str]] = frozenset(),
    only: str | None = None,
) -> list[Question]:
    """Every question's results (or only the step `only`'s). `label`: member id -> how
    they appear; `mood`: polarity -> negative/neutral/positive; `hidden`: (author, text)
    of the proposals the organisers hid, marked among the proposal step's quotes."""
    by_step: dict[str, list[AnswerRow]] = defaultdict(list)
    for a in answers:
        by_step[a.step_id.split(":", 1)[0]].append(a)
    asked = [s for s in questions(flow) if only is None or s.id == only]
    return [_question(s, by_step.get(s.id, []), label, mood, hidden) for s in asked]


def _question(
    step: Step,
    rows: list[AnswerRow],
    label: Callable[[int | None], str],
    mood: Callable[[float | None], str],
    hidden: frozenset[tuple[int, str]],
) -> Question:
    own = [a for a in rows if a.step_id == step.id]
    erased = [a for a in own if a.value is None and a.text == ERASED]
    skipped = [a for a in own if a.value is None and a.text != ERASED]
    given = [a for a in own if a.value is not None]
    written = [a for a in own if a.value is not None and step.kind in WRITTEN_KINDS]
    side = [a for a in rows if a.step_id != step.id and a.text and a.text != ERASED]
    quotes = [
        Quote(
            member=label(a.member_id),
            at=a.created_at,
            text=str(a.text if a.text is not None else a.value),
            kind=a.kind if a.step_id != step.id else step.kind,
            polarity=a.polarity,
            mood=mood(a.polarity),
            hidden=step.kind == "proposal"
            and a.step_id == step.id
            and (a.member_id, str(a.text)) in hidden,
        )
        for a in sorted([*written, *side], key=_newest_first)
    ]
    base = Question(
        step_id=step.id,
        kind="choice" if step.kind in OPTION_KINDS else step.kind,  # interests: a multiple choice
        prompt=step.prompt.strip(),
        label=step.short_label,
        answered=len(given),
        skipped=len(skipped),
        erased=len(erased),
        quotes=tuple(quotes),
    )
    if isinstance(step, ChoiceStep):
        return _choice(base, step, [a.value for a in given])
    if isinstance(step, ScaleStep):
        return _scale(base, step, [a.value for a in given])
    return base


def _newest_first(a: AnswerRow) -> tuple[float, int]:
    return (-a.created_at.timestamp(), -a.id)


def _choice(base: Question, step: ChoiceStep, values: list[Any]) -> Question:
    chosen: Counter[str] = Counter()
    for value in values:
        picks = value if isinstance(value, list | tuple) else [value]
        chosen.update(dict.fromkeys((str(p) for p in picks), 1))  # once per member
    counts = [Count(o.id, o.label, chosen.pop(o.id, 0)) for o in step.options]
    counts += [Count(key, key, n) for key, n in sorted(chosen.items())]  # not in the flow
    return replace(base, counts=tuple(counts), multiple=step.multiple)


def _scale(base: Question, step: ScaleStep, values: list[Any]) -> Question:
    points = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    seen = Counter(points)
    ends = {step.min: step.min_label, step.max: step.max_label}
    counts = [
        Count(str(n), f"{n} ({ends[n]})" if ends.get(n) else str(n), seen.pop(n, 0))
        for n in range(step.min, step.max + 1)
    ]
    counts += [Count(str(n), str(n), c) for n, c in sorted(seen.items())]  # off the scale
    return replace(
        base,
        counts=tuple(counts),
        mean=statistics.fmean(points) if points else None,
        median=float(statistics.median(points)) if points else None,
    )
