"""Try a flow in the terminal: the engine as it runs in Telegram, with typed input."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from functools import partial

from dialogs.engine import handle, start
from dialogs.models import Flow
from dialogs.rehearse_reprompts import Reprompts
from dialogs.sentiment import Sentiment, analyse, classify
from dialogs.state import (
    Answer,
    Button,
    ButtonEvent,
    CommandEvent,
    DialogState,
    Event,
    Outcome,
    Reply,
    TextEvent,
    UnsupportedEvent,
)

HELP = (
    "Type a number to press a button, text to answer, /back, /skip, "
    "/sticker (or /photo, /voice) to send a non-text message, /quit to stop."
)


def rehearse(
    flow: Flow,
    read_line: Callable[[], str | None],
    write: Callable[[str], None],
    now: Callable[[], datetime],
    *,
    sentiment: Callable[[str], Sentiment] | None = None,
    title: str | None = None,
    language: str | None = None,
    segments: Collection[str] = (),
) -> DialogState:
    """Run `flow` against typed input until it finishes, input ends or /quit; return the state.
    Beside the conversation, what the engagement loop would send (`title`: the session's).
    `language`: one of the flow's languages (default: its first). Answers are read by the
    analyser of that language unless `sentiment` is given. `segments`: rehearse as a member
    of these segments (their variants of the prompts and engagement texts)."""
    flow = flow.in_language(language).for_segments(segments)
    sentiment = sentiment or partial(analyse, language=flow.language)
    speaks = f" in {flow.language}" if len(flow.languages) > 1 else ""
    among = f" as a member of {', '.join(segments)}" if segments else ""
    write(f"Rehearsing '{flow.title}' ({flow.id}){speaks}{among}. {HELP}")
    reprompts = Reprompts(flow, title or flow.title, write)
    reprompts.introduce()
    outcome = start(flow, now())
    answers: dict[str, Answer] = {}
    buttons = _show(outcome, (), write)
    state = outcome.state
    while not state.finished:
        line = read_line()
        if line is None or line.strip() == "/quit":
            write("(stopped)")
            break
        outcome = handle(flow, state, _event(line, buttons), now(), sentiment=sentiment)
        buttons = _show(outcome, buttons, write)
        if outcome.answer is not None:
            answers[outcome.answer.step_id] = outcome.answer
            waiting = None if outcome.state.finished else outcome.state.step_id
            reprompts.after(outcome.answer, waiting, now())
        state = outcome.state
    _report(flow, state, answers, write)
    return state


def _event(line: str, buttons: tuple[Button, ...]) -> Event:
    text = line.strip()
    if text.isdigit() and 1 <= int(text) <= len(buttons):
        button = buttons[int(text) - 1]
        return ButtonEvent(button.step_id, button.value)
    if text in ("/back", "/skip"):
        return CommandEvent(text[1:])
    if text in ("/sticker", "/photo", "/voice", "/document"):
        return UnsupportedEvent(text[1:])
    return TextEvent(line)


def _show(outcome: Outcome, buttons: tuple[Button, ...], write: Callable[[str], None]):
    """Print what the bot would send; return the buttons a typed number now presses."""
    if outcome.notice:
        write(f"(notice: {outcome.notice})")
    if outcome.edit is not None:
        edited = _print(outcome.edit, write, "(message updated) ")
        buttons = edited if not outcome.replies else buttons
    for reply in outcome.replies:
        buttons = _print(reply, write)
    if outcome.handoff == "vote":
        write("(here the bot shows the proposals to vote on)")
    return buttons


def _print(reply: Reply, write: Callable[[str], None], prefix: str = "") -> tuple[Button, ...]:
    write(f"{prefix}{reply.text}")
    flat = tuple(button for row in reply.buttons for button in row)
    if flat:
        write("  ".join(f"[{i}] {b.label}" for i, b in enumerate(flat, start=1)))
    return flat


def _report(
    flow: Flow, state: DialogState, answers: dict[str, Answer], write: Callable[[str], None]
) -> None:
    write("Stored answers:")
    for step_id in dict.fromkeys(state.history):
        answer = answers.get(step_id)
        if answer is None:
            continue
        line = f"  {step_id} ({answer.kind}): {answer.value!r}"
        if answer.sentiment is not None:
            mood = classify(answer.sentiment, flow.engagement)
            line += (
                f"  sentiment {answer.sentiment.polarity:+.3f} ({mood}),"
                f" subjectivity {answer.sentiment.subjectivity:.3f}"
            )
        write(line)
