"""The dialog engine: pure functions from (flow, state, event, now) to an Outcome.

Never raises on any event in any state, never sends anything, never reads the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from dialogs import inputs, texts
from dialogs.models import Flow
from dialogs.moves import enter, refuse
from dialogs.render import question
from dialogs.sentiment import Sentiment, analyse
from dialogs.state import (
    ButtonEvent,
    CommandEvent,
    DialogState,
    Event,
    Outcome,
    Reply,
    StartEvent,
    TextEvent,
    UnsupportedEvent,
)


def start(flow: Flow, now: datetime, *, first: bool = False) -> Outcome:
    """Begin the flow: any opening messages, then the first question. `first`: the member
    has no state in this session yet, so no answers either (`DialogState.all_answers`)."""
    return enter(flow, DialogState(step_id=None, all_answers=first), flow.first.id)


def handle(
    flow: Flow,
    state: DialogState,
    event: Event,
    now: datetime,
    *,
    sentiment: Callable[[str], Sentiment] = analyse,
) -> Outcome:
    """Apply one member event to the state."""
    if state.finished:
        notice = texts.FINISHED if isinstance(event, ButtonEvent) else None
        back = isinstance(event, CommandEvent) and event.name == "back"
        said = texts.BACK_AFTER_END if back else texts.FINISHED  # what /back can still change
        return Outcome(state, (Reply(said),), changed=False, notice=notice)
    if state.step_id is None:
        return start(flow, now)
    state = _clean(flow, state)
    step = flow.step(state.step_id)
    if step is None or step.kind == "message":
        outcome = enter(flow, state, flow.first.id)
        return _prefixed(outcome, texts.CHANGED_FLOW)
    if isinstance(event, StartEvent):
        return refuse(state, step, texts.ALREADY_STARTED)
    if isinstance(event, CommandEvent):
        return inputs.on_command(flow, state, step, event.name)
    if isinstance(event, ButtonEvent):
        return inputs.on_button(flow, state, step, event)
    if isinstance(event, TextEvent):
        return inputs.on_text(flow, state, step, event.text, sentiment)
    if isinstance(event, UnsupportedEvent):
        return refuse(state, step, inputs.unsupported_message(step))
    return refuse(state, step, texts.UNKNOWN_COMMAND)


def current_question(flow: Flow, state: DialogState) -> Reply | None:
    """The question waiting for the member (to re-show it), or None when finished."""
    step = flow.step(state.step_id)
    if state.finished or step is None or step.kind == "message":
        return None
    return question(step, state.selection)


def _clean(flow: Flow, state: DialogState) -> DialogState:
    """Drop history entries of steps no longer in the flow (the file may have changed)."""
    history = tuple(s for s in state.history if flow.step(s) is not None)
    return state if history == state.history else state.but(history=history)


def _prefixed(outcome: Outcome, text: str) -> Outcome:
    return Outcome(
        outcome.state,
        (Reply(text), *outcome.replies),
        handoff=outcome.handoff,
        completed=outcome.completed,
    )
