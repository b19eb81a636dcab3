"""What a member's text, tap or command means for the current step."""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs import texts
from dialogs.conditions import next_step
from dialogs.models import TEXT_KINDS, ChoiceStep, Flow, ScaleStep, Step, TextStep
from dialogs.moves import accept, enter, go_back, refuse
from dialogs.proposals import (
    Limits,
    check_text,
    feedback_limits,
    proposal_limits,
    proposal_problem,
)
from dialogs.render import answered, question
from dialogs.sentiment import Sentiment, declining
from dialogs.state import ButtonEvent, DialogState, Outcome, Reply
from texts.i18n import words as typed_words

SentimentFn = Callable[[str], Sentiment]

_INTEGER = re.compile(r"[+-]?\d{1,6}")


def on_command(flow: Flow, state: DialogState, step: Step, name: str) -> Outcome:
    command = name.strip().lstrip("/").casefold()
    if command == "back":
        return go_back(flow, state)
    if command == "skip":
        if step.kind == "vote":
            return _continue(flow, state, step)
        if step.optional:
            return accept(flow, state, step, None)
        return refuse(state, step, texts.CANNOT_SKIP)
    return refuse(state, step, texts.UNKNOWN_COMMAND)


def unsupported_message(step: Step) -> str:
    if isinstance(step, ChoiceStep):
        return texts.TAP_OPTION
    if isinstance(step, ScaleStep):
        return texts.SCALE_RANGE.format(low=step.min, high=step.max)
    return texts.VOTE_CONTINUE if step.kind == "vote" else texts.TEXT_ONLY


def on_button(flow: Flow, state: DialogState, step: Step, event: ButtonEvent) -> Outcome:
    if event.step_id != step.id:
        seen = event.step_id in state.answers or event.step_id in state.history
        message = texts.STALE_BUTTON if seen else texts.INVALID_BUTTON
        return refuse(state, step, message, notice=message)
    value = event.value
    if step.kind == "vote" and value == "continue":
        return _continue(flow, state, step)
    if isinstance(step, ChoiceStep) and step.multiple and value == "done":
        return _done(flow, state, step, by_button=True)
    if isinstance(step, ChoiceStep) and step.option(value) is not None:
        if step.multiple:
            return _toggle(state, step, value, by_button=True)
        return accept(flow, state, step, value, edit=answered(step, value))
    if isinstance(step, ScaleStep):
        number = _scale_value(step, value)
        if number is not None:
            return accept(flow, state, step, number, edit=answered(step, number))
    return refuse(state, step, texts.UNKNOWN_OPTION, notice=texts.UNKNOWN_OPTION)


def on_text(
    flow: Flow, state: DialogState, step: Step, text: str, sentiment: SentimentFn
) -> Outcome:
    words = text.strip() if isinstance(text, str) else ""
    if step.kind == "vote":
        if words.casefold() in typed_words(texts.CONTINUE_WORDS):
            return _continue(flow, state, step)
        return refuse(state, step, texts.VOTE_CONTINUE)
    if isinstance(step, ChoiceStep):
        return _choice_text(flow, state, step, words)
    if isinstance(step, ScaleStep):
        number = _scale_value(step, words)
        if number is None:
            return refuse(state, step, texts.SCALE_RANGE.format(low=step.min, high=step.max))
        return accept(flow, state, step, number)
    if step.optional and step.kind in TEXT_KINDS and declining(words):
        return accept(flow, state, step, None)  # "no", "nothing", "n/a": a skip
    problem = _text_problem(flow, step, words)
    if problem and step.kind in TEXT_KINDS and check_text(words, _limits(flow, step)) == "long":
        return _kept(state, step, problem, words)
    if problem:
        return refuse(state, step, problem)
    return accept(flow, state, step, words, text=words, sentiment=_safe(sentiment, words))


def _kept(state: DialogState, step: Step, problem: str, words: str) -> Outcome:
    """An answer too long is not thrown away: it comes back, to copy, shorten and send."""
    said = Reply(f"{problem}\n\n{texts.KEPT_TO_SHORTEN}")
    return Outcome(state, (said, Reply(words), question(step, state.selection)), changed=False)


def _limits(flow: Flow, step: Step) -> Limits:
    limits = {"proposal": proposal_limits, "feedback": feedback_limits}.get(step.kind)
    if limits is not None:
        return limits(flow)
    return Limits(1, step.max_length if isinstance(step, TextStep) else 1000)


def _text_problem(flow: Flow, step: Step, words: str) -> str | None:
    if step.kind not in TEXT_KINDS:
        return texts.EMPTY_TEXT if not words else texts.TEXT_ONLY
    allowed = _limits(flow, step)
    problem = check_text(words, allowed)
    if problem == "empty":
        return texts.EMPTY_TEXT
    if problem is not None and step.kind == "proposal":
        return proposal_problem(problem, allowed, words)
    if problem == "long":
        return texts.TOO_LONG.format(limit=allowed.max_length, length=len(words))
    if problem == "short":
        return texts.TOO_SHORT.format(limit=allowed.min_length)
    return None


def _safe(sentiment: SentimentFn, words: str) -> Sentiment | None:
    try:
        result = sentiment(words)
    except Exception:  # an analyser failure must not lose the member's answer
        return None
    return result if isinstance(result, Sentiment) else None


def _choice_text(flow: Flow, state: DialogState, step: ChoiceStep, words: str) -> Outcome:
    wanted = words.casefold()
    option = next((o for o in step.options if o.label.casefold() == wanted), None)
    if step.multiple and wanted == texts.DONE.casefold():
        return _done(flow, state, step, by_button=False)
    if option is None:
        return refuse(state, step, texts.TAP_OPTION_OR_TYPE)
    if step.multiple:
        return _toggle(state, step, option.id, by_button=False)
    return accept(flow, state, step, option.id)


def _scale_value(step: ScaleStep, text: str) -> int | None:
    if not _INTEGER.fullmatch(text.strip()):
        return None
    number = int(text)
    return number if step.min <= number <= step.max else None


def _toggle(state: DialogState, step: ChoiceStep, option_id: str, *, by_button: bool) -> Outcome:
    chosen = set(state.selection)
    if option_id in chosen:
        chosen.discard(option_id)
    elif len(chosen) >= step.most:
        message = texts.TOO_MANY.format(most=step.most)
        return refuse(state, step, message, notice=message if by_button else None)
    else:
        chosen.add(option_id)
    selection = tuple(o.id for o in step.options if o.id in chosen)
    new = state.but(selection=selection)
    ask = question(step, selection)
    if by_button:
        return Outcome(new, (), edit=ask)
    return Outcome(new, (ask,))


def _done(flow: Flow, state: DialogState, step: ChoiceStep, *, by_button: bool) -> Outcome:
    valid = [option_id for option_id in state.selection if step.option(option_id) is not None]
    if len(valid) < step.min_selections:
        message = texts.TOO_FEW.format(least=step.min_selections)
        return refuse(state, step, message, notice=message if by_button else None)
    edit = answered(step, valid) if by_button else None
    return accept(flow, state, step, valid, edit=edit)


def _continue(flow: Flow, state: DialogState, step: Step) -> Outcome:
    moved = state.but(history=(*state.history, step.id), selection=())
    return enter(flow, moved, next_step(flow, step, None, None))
