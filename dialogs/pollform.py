"""The guided /poll form, pure: one organiser message (or button) at a time, from the
session's code to "send". Buttons carry the same words the organiser could type."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import cast
from zoneinfo import ZoneInfo

from dialogs import texts
from dialogs.polls import (
    MAX_OPTIONS,
    PollError,
    PollSpec,
    check_closes,
    check_each_option,
    check_moment,
    check_options,
    check_question,
)
from texts.i18n import words

UTC = ZoneInfo("UTC")
STEPS = ("code", "question", "options", "multi", "anonymous", "closes", "to", "confirm", "nobody")
YES = {"yes", "y", "yep", "sure", "ok"}
NO = {"no", "n", "nope"}
DONE = {"/done", "done"}
CANCEL = {"/cancel", "cancel"}
NEVER = NO | {"none", "never", "by hand"}
EVERYONE = {"everyone", "all"}  # the "to" step (offered when the session has segments): all
# What each step offers as buttons: (button value, the words it stands for). The values are
# short tokens for the button data; the labels are the shell's texts.
CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    "options": (("done", "/done"),),
    "multi": (("yes", "yes"), ("no", "no")),
    "anonymous": (("yes", "yes"), ("no", "no")),
    "closes": (
        ("1h", "1h"),
        ("tomorrow", "tomorrow 18:00"),
        ("3d", "3d"),
        ("7d", "7d"),
        ("never", "never"),
    ),
    "to": (("everyone", "everyone"),),  # and a button per segment, its name
    "confirm": (("send", "send"), ("cancel", "/cancel")),
    "nobody": (("create", "yes"), ("cancel", "/cancel")),
}


@dataclass(frozen=True)
class FormState:
    step: str = "code"
    data: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class FormResult:
    state: FormState | None  # None when the form ended (sent or cancelled)
    error: PollError | None = None
    spec: PollSpec | None = None  # set when the organiser confirmed
    anyway: bool = False  # confirmed although nobody can get the poll now


def words_of(step: str, value: str) -> str | None:
    """What a button of `step` says, as the organiser could have typed it."""
    return dict(CHOICES.get(step, ())).get(value)


def form_step(state: FormState, text: str, now: datetime, zone: ZoneInfo = UTC) -> FormResult:
    """Apply one organiser message to the guided form (closing times in their `zone`)."""
    text = text.strip()
    if text.lower() in CANCEL:
        return FormResult(None)
    data = dict(state.data)
    try:
        step = _apply(state.step, data, text, now, zone)
    except PollError as exc:
        back = "closes" if exc.reason == "closes_past" else state.step
        return FormResult(FormState(back, state.data), error=exc)
    if step == "sent":
        return FormResult(None, spec=spec_from_form(data), anyway=state.step == "nobody")
    return FormResult(FormState(step, data))


def _apply(step: str, data: dict[str, object], text: str, now: datetime, zone: ZoneInfo) -> str:
    if step == "code":
        data["code"] = text.split()[0].lower() if text else ""
        return "question"
    if step == "question":
        data["question"] = check_question(text)
        return "options"
    if step == "options":
        return _add_options(data, text)
    if step in {"multi", "anonymous"}:
        data[step] = _yes_no(text)
        return "anonymous" if step == "multi" else "closes"
    if step == "closes":
        never = text.lower() in NEVER
        data["closes"] = None if never else text
        data["closes_at"] = None if never else check_closes(text, now, zone).isoformat()
        return "to" if data.get("segments") else "confirm"
    if step == "to":  # one of the session's segments (the caller put their names in data)
        name = text.lower()
        if name not in EVERYONE and name not in cast(list[str], data.get("segments") or []):
            raise PollError("to_bad")
        data["to"] = None if name in EVERYONE else name
        return "confirm"
    if text.lower() not in _yes() | {"send", "create"} | words(texts.SEND_WORDS):
        raise PollError("confirm")
    if data.get("closes_at"):
        check_moment(datetime.fromisoformat(str(data["closes_at"])), now)
    return "sent"


def _add_options(data: dict[str, object], text: str) -> str:
    """One option a message, or several, one a line; /done when there are enough."""
    options = list(cast(list[str], data.get("options", [])))  # the form keeps a list of str
    if text.lower() in DONE:
        check_options(options)
        return "multi"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    options = list(check_each_option([*options, *lines]))
    if len(options) > MAX_OPTIONS:
        raise PollError("option_count", low=2, high=MAX_OPTIONS)
    data["options"] = options
    return "multi" if len(options) == MAX_OPTIONS else "options"


def _yes() -> set[str]:
    """ "yes" as typed: in English, or in the language being spoken."""
    return YES | words(texts.YES_WORDS)


def _yes_no(text: str) -> bool:
    if text.lower() in _yes():
        return True
    if text.lower() in NO | words(texts.NO_WORDS):
        return False
    raise PollError("yes_no")


def spec_from_form(data: dict[str, object]) -> PollSpec:
    closes_at = data.get("closes_at")
    return PollSpec(
        code=str(data["code"]),
        question=str(data["question"]),
        options=tuple(cast(list[str], data["options"])),  # the form keeps a list of str
        multiple=bool(data.get("multi")),
        anonymous=bool(data.get("anonymous")),
        live=bool(data.get("live")),
        closes_at=datetime.fromisoformat(str(closes_at)) if closes_at else None,
        segment=str(data["to"]) if data.get("to") else None,
    )


def form_of(spec: PollSpec, closes_at: datetime | None) -> dict[str, object]:
    """A poll made in one command, kept as a form's data while the organiser is asked
    whether to make it anyway."""
    return {
        "code": spec.code,
        "question": spec.question,
        "options": list(spec.options),
        "multi": spec.multiple,
        "anonymous": spec.anonymous,
        "live": spec.live,
        "closes_at": closes_at.isoformat() if closes_at else None,
        "to": spec.segment,
    }
