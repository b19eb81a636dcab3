"""Turn steps and answers into replies (text and button rows). No sending happens here."""

from __future__ import annotations

from typing import Any

from dialogs import texts
from dialogs.models import ChoiceStep, Flow, ProposalStep, ScaleStep, Step
from dialogs.state import Button, DialogState, Reply

SHORT_LABEL = 18  # options this short go two to a row
SCALE_ROW = 6


def question(step: Step, selection: tuple[str, ...] = ()) -> Reply:
    """The message that asks `step`, with its buttons."""
    if isinstance(step, ChoiceStep):
        return _choice(step, selection)
    if isinstance(step, ScaleStep):
        return _scale(step)
    if step.kind == "vote":
        return Reply(step.prompt.strip(), ((Button(texts.CONTINUE, step.id, "continue"),),))
    if isinstance(step, ProposalStep):
        hint = texts.PROPOSAL_HINT.format(least=step.min_length, most=step.max_length)
        return Reply(_with_skip(step, f"{step.prompt.strip()}\n\n{hint}"))
    return Reply(_with_skip(step, step.prompt.strip()))


def _with_skip(step: Step, text: str) -> str:
    return f"{text}\n\n{texts.SKIP_HINT}" if step.optional else text


def _choice(step: ChoiceStep, selection: tuple[str, ...]) -> Reply:
    text = step.prompt.strip()
    buttons = [
        Button(f"{texts.TICK}{o.label}" if o.id in selection else o.label, step.id, o.id)
        for o in step.options
    ]
    if step.kind == "interests" and step.most == len(step.options) and step.min_selections < 2:
        text = f"{text}\n\n{texts.INTERESTS_HINT}"
    elif step.multiple:
        hint = texts.MULTI_HINT_MIN if step.min_selections > 1 else texts.MULTI_HINT
        text = f"{text}\n\n{hint.format(least=step.min_selections, most=step.most)}"
    rows = _rows(buttons)
    if step.multiple:
        rows.append((Button(texts.DONE, step.id, "done"),))
    return Reply(_with_skip(step, text), tuple(rows))


def _rows(buttons: list[Button]) -> list[tuple[Button, ...]]:
    if any(len(b.label) > SHORT_LABEL for b in buttons):
        return [(b,) for b in buttons]
    return [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]


def _scale(step: ScaleStep) -> Reply:
    if step.min_label and step.max_label:
        hint = texts.SCALE_HINT.format(
            low=step.min, high=step.max, low_label=step.min_label, high_label=step.max_label
        )
    else:
        hint = texts.SCALE_HINT_PLAIN.format(low=step.min, high=step.max)
    numbers = [Button(str(n), step.id, str(n)) for n in range(step.min, step.max + 1)]
    rows = tuple(tuple(numbers[i : i + SCALE_ROW]) for i in range(0, len(numbers), SCALE_ROW))
    return Reply(_with_skip(step, f"{step.prompt.strip()}\n\n{hint}"), rows)


def answer_text(step: Step, value: Any) -> str:
    """A stored value as the member would say it: labels, not ids."""
    if value is None:
        return texts.SKIPPED
    if isinstance(step, ChoiceStep):
        ids = value if isinstance(value, list | tuple) else [value]
        labels = [o.label for i in ids if (o := step.option(str(i))) is not None]
        return ", ".join(labels) or texts.NOTHING_SELECTED
    if isinstance(step, ScaleStep) and isinstance(value, int):
        ends = {step.min: step.min_label, step.max: step.max_label}
        return f"{value} ({ends[value]})" if ends.get(value) else str(value)
    return str(value)


def answered(step: Step, value: Any) -> Reply:
    """The asked message once answered: the prompt with the chosen answer ticked, no buttons."""
    return Reply(f"{step.prompt.strip()}\n\n{texts.TICK}{answer_text(step, value)}")


def summary(flow: Flow, state: DialogState) -> Reply:
    """What the member told us (answered questions on their path) and what happens next."""
    lines = []
    for step_id in dict.fromkeys(state.history):
        step = flow.step(step_id)
        if step is None or step.kind in ("message", "vote") or step_id not in state.answers:
            continue
        value = answer_text(step, state.answers[step_id])
        lines.append(texts.SUMMARY_LINE.format(label=step.short_label, answer=value))
    body = "\n".join([texts.SUMMARY_HEAD, *lines]) if lines else texts.NO_ANSWERS
    closing = (flow.closing or texts.CLOSING).strip()
    return Reply(f"{body}\n\n{closing}")
