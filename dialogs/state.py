"""The engine's data: dialog state, events in, outcome out. Plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from dialogs.sentiment import Sentiment


@dataclass(frozen=True)
class DialogState:
    """Where a member is in a flow; persisted as JSON by storage."""

    step_id: str | None  # step waiting for the member; None before start and when finished
    answers: dict[str, Any] = field(default_factory=dict)  # step id -> value (None if skipped)
    history: tuple[str, ...] = ()  # question step ids answered, in order, for /back
    selection: tuple[str, ...] = ()  # multi-choice toggles in progress for the current step
    finished: bool = False
    # `answers` holds every answer stored for this member in this session: the first answer
    # to a step then replaces none. False for a state begun over answers stored before (a
    # member who joins again, one whose data was erased) and for states saved before this
    # was kept: their answers replace any earlier one to the same step.
    all_answers: bool = False

    def to_json(self) -> dict:
        return {
            "step_id": self.step_id,
            "answers": dict(self.answers),
            "history": list(self.history),
            "selection": list(self.selection),
            "finished": self.finished,
            "all_answers": self.all_answers,
        }

    @classmethod
    def from_json(cls, data: dict) -> DialogState:
        """Tolerates missing and unknown keys and wrong types (they become empty)."""
        data = data if isinstance(data, dict) else {}
        step_id = data.get("step_id")
        answers = data.get("answers")
        return cls(
            step_id=step_id if isinstance(step_id, str) else None,
            answers={str(k): v for k, v in answers.items()} if isinstance(answers, dict) else {},
            history=_strings(data.get("history")),
            selection=_strings(data.get("selection")),
            finished=data.get("finished") is True,
            all_answers=data.get("all_answers") is True,
        )

    def but(self, **changes: Any) -> DialogState:
        return replace(self, **changes)

    def replaces_an_answer(self, step_id: str) -> bool:
        """May an answer to `step_id` stored now replace one stored before?"""
        return not self.all_answers or step_id in self.answers


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list | tuple) else ()


@dataclass(frozen=True)
class StartEvent:
    """Begin the flow (after consent)."""


@dataclass(frozen=True)
class TextEvent:
    text: str


@dataclass(frozen=True)
class ButtonEvent:
    step_id: str
    value: str  # option id, scale number, "done" (multi-choice) or "continue" (vote)


@dataclass(frozen=True)
class CommandEvent:
    name: str  # "back", "skip"


@dataclass(frozen=True)
class UnsupportedEvent:
    kind: str  # "sticker", "photo", "voice", ... where text was expected


Event = StartEvent | TextEvent | ButtonEvent | CommandEvent | UnsupportedEvent


@dataclass(frozen=True)
class Button:
    label: str
    step_id: str
    value: str


@dataclass(frozen=True)
class Reply:
    text: str  # plain text, no HTML (the bot escapes)
    buttons: tuple[tuple[Button, ...], ...] = ()  # rows
    ack: bool = False  # acknowledges an answer (the shell may say something more precise)


@dataclass(frozen=True)
class Answer:
    step_id: str
    kind: str
    value: Any  # option id, list of ids, int, text, or None if skipped
    text: str | None  # the member's words, or the chosen labels
    sentiment: Sentiment | None


@dataclass(frozen=True)
class Outcome:
    state: DialogState
    replies: tuple[Reply, ...]
    edit: Reply | None = None  # replacement for the message whose button was pressed
    answer: Answer | None = None
    proposal: str | None = None
    feedback: str | None = None
    handoff: str | None = None  # "vote" when entering a vote step
    changed: bool = True  # False when the event was rejected and nothing should be stored
    completed: bool = False  # True on the event that finished the flow
    notice: str | None = None  # toast text for a button press
