"""Moves through a flow: enter a step, accept an answer, refuse an event, go back."""

from __future__ import annotations

from typing import Any, cast

from dialogs import texts
from dialogs.conditions import next_step
from dialogs.models import ChoiceStep, Flow, Step, TextStep
from dialogs.render import answer_text, question, summary
from dialogs.sentiment import Sentiment, classify
from dialogs.state import Answer, DialogState, Outcome, Reply

ACKS = {"text": "THANKS", "proposal": "PROPOSAL_SAVED", "feedback": "FEEDBACK_SAVED"}  # texts


def enter(flow: Flow, state: DialogState, target: str, **extra: Any) -> Outcome:
    """Go to `target`: send message steps on the way, stop at a question or finish."""
    replies: list[Reply] = list(extra.pop("replies", ()))
    for _ in range(len(flow.steps) + 1):  # validation forbids loops of message steps
        step = flow.step(target)
        if step is None:
            break
        if step.kind != "message":
            replies.append(question(step))
            handoff = "vote" if step.kind == "vote" else None
            new = state.but(step_id=step.id, selection=())
            return Outcome(new, tuple(replies), handoff=handoff, **extra)
        replies.append(Reply(step.prompt.strip()))
        target = next_step(flow, step, None, None)
    done = state.but(step_id=None, selection=(), finished=True)
    replies.append(summary(flow, done))
    return Outcome(done, tuple(replies), completed=True, **extra)


def accept(
    flow: Flow,
    state: DialogState,
    step: Step,
    value: Any,
    *,
    text: str | None = None,
    sentiment: Sentiment | None = None,
    edit: Reply | None = None,
) -> Outcome:
    """Store the answer to the current step and move on along the matching branch."""
    answers = {**state.answers, step.id: value}
    moved = state.but(answers=answers, history=(*state.history, step.id), selection=())
    if text is None and value is not None:
        text = answer_text(step, value)
    words = text if step.kind in ("proposal", "feedback") and value is not None else None
    return enter(
        flow,
        moved,
        next_step(flow, step, value, sentiment),
        replies=_acknowledgement(flow, step, value, sentiment),
        edit=edit,
        notice=texts.SAVED_NOTICE if edit is not None else None,
        answer=Answer(step.id, step.kind, value, text, sentiment),
        proposal=words if step.kind == "proposal" else None,
        feedback=words if step.kind == "feedback" else None,
    )


def _acknowledgement(
    flow: Flow, step: Step, value: Any, sentiment: Sentiment | None
) -> tuple[Reply, ...]:
    """What answers an answer: nothing when the step turned its thanks off, or when a
    written answer is clearly negative (no cheerful thanks for a painful story)."""
    if value is None:
        return (Reply(texts.SKIPPED_ACK, ack=True),)
    if isinstance(step, TextStep) and not step.thanks:
        return ()
    painful = sentiment is not None and classify(sentiment, flow.engagement) == "negative"
    if step.kind == "text" and painful:
        return ()
    if step.kind not in ACKS:
        return ()
    return (Reply(getattr(texts, ACKS[step.kind]), ack=True),)


def refuse(state: DialogState, step: Step, message: str, *, notice: str | None = None) -> Outcome:
    """Reject the event: say why and ask the current question again; nothing changes."""
    ask = question(step, state.selection)
    return Outcome(
        state, (Reply(f"{message}\n\n{ask.text}", ask.buttons),), changed=False, notice=notice
    )


def go_back(flow: Flow, state: DialogState) -> Outcome:
    """Return to the previous answered question, showing the previous answer."""
    previous = flow.step(state.history[-1]) if state.history else None
    if previous is None:
        step = flow.step(state.step_id)
        return refuse(state, step, texts.NOTHING_BEFORE) if step else enter(flow, state, "end")
    old = state.answers.get(previous.id)
    multi = isinstance(previous, ChoiceStep) and previous.multiple and isinstance(old, list)
    selection = tuple(str(v) for v in cast(list, old)) if multi else ()
    new = state.but(step_id=previous.id, history=state.history[:-1], selection=selection)
    ask = question(previous, selection)
    text = ask.text
    if previous.id in state.answers and previous.kind != "vote":
        shown = texts.PREVIOUS_ANSWER.format(answer=answer_text(previous, old))
        text = f"{text}\n\n{shown}"
    handoff = "vote" if previous.kind == "vote" else None
    return Outcome(new, (Reply(text, ask.buttons),), handoff=handoff)
