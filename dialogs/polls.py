"""Organiser polls, pure: the /poll command, the guided form, and tallies."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from dialogs.durations import parse_duration

MIN_OPTIONS, MAX_OPTIONS = 2, 10
MAX_QUESTION, MAX_OPTION = 300, 100
MIN_CLOSE, MAX_CLOSE = timedelta(minutes=1), timedelta(days=60)
_FLAG = re.compile(
    r"(?<!\S)--(?:(multi|anonymous|live)|(closes)(?:[ =]([^\s-]\S*))?)(?!\S)", re.IGNORECASE
)


@dataclass(frozen=True)
class PollSpec:
    code: str
    question: str
    options: tuple[str, ...]
    multiple: bool = False
    anonymous: bool = False
    closes_in: timedelta | None = None
    live: bool = False  # an anonymous poll shows its counts while open (they hide otherwise)


class PollError(ValueError):
    """Why a poll cannot be made; `reason` is a key the shell turns into a friendly text."""

    def __init__(self, reason: str, **details: object) -> None:
        super().__init__(reason)
        self.reason, self.details = reason, details


def parse_poll_command(args: str) -> PollSpec:
    """`<code> <question> | <option> | <option> ... [--multi] [--anonymous] [--live]
    [--closes 2h]`."""
    flags: dict[str, str | None] = {}

    def take(match: re.Match[str]) -> str:
        flags[(match.group(1) or match.group(2)).lower()] = match.group(3)
        return " "

    rest = _FLAG.sub(take, args).strip()
    if "closes" in flags and flags["closes"] is None:
        raise PollError("closes_missing")
    code, _, body = rest.partition(" ")
    parts = [p.strip() for p in body.split("|")]
    if not code or len(parts) < 2:
        raise PollError("usage")
    closes = check_closing(flags["closes"]) if flags.get("closes") else None
    return PollSpec(
        code=code.lower(),
        question=check_question(parts[0]),
        options=check_options(parts[1:]),
        multiple="multi" in flags,
        anonymous="anonymous" in flags,
        closes_in=closes,
        live="live" in flags,
    )


def check_question(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise PollError("question_empty")
    if len(text) > MAX_QUESTION:
        raise PollError("question_long", limit=MAX_QUESTION)
    return text


def check_options(options: Iterable[str]) -> tuple[str, ...]:
    cleaned = _check_each(options)
    if not MIN_OPTIONS <= len(cleaned) <= MAX_OPTIONS:
        raise PollError("option_count", low=MIN_OPTIONS, high=MAX_OPTIONS)
    return cleaned


def _check_each(options: Iterable[str]) -> tuple[str, ...]:
    cleaned = tuple(" ".join(o.split()) for o in options)
    if any(not o for o in cleaned):
        raise PollError("option_empty")
    if any(len(o) > MAX_OPTION for o in cleaned):
        raise PollError("option_long", limit=MAX_OPTION)
    if len({o.casefold() for o in cleaned}) != len(cleaned):
        raise PollError("option_duplicate")
    return cleaned


def check_closing(text: str) -> timedelta:
    try:
        delta = parse_duration(text)
    except ValueError:
        raise PollError("closes_bad", given=text) from None
    if not MIN_CLOSE <= delta <= MAX_CLOSE:
        raise PollError("closes_range")
    return delta


# -- the guided form ------------------------------------------------------------------------

FORM_STEPS = ("code", "question", "options", "multi", "anonymous", "closes", "confirm")
YES = {"yes", "y", "yep", "sure", "ok"}
NO = {"no", "n", "nope"}


@dataclass(frozen=True)
class FormState:
    step: str = "code"
    data: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class FormResult:
    state: FormState | None  # None when the form ended (sent or cancelled)
    error: PollError | None = None
    spec: PollSpec | None = None  # set when the organiser confirmed


def form_step(state: FormState, text: str) -> FormResult:
    """Apply one organiser message to the guided form."""
    text = text.strip()
    if text.lower() in {"/cancel", "cancel"}:
        return FormResult(None)
    data = dict(state.data)
    try:
        step = _apply(state.step, data, text)
    except PollError as exc:
        return FormResult(state, error=exc)
    if step == "sent":
        return FormResult(None, spec=spec_from_form(data))
    return FormResult(FormState(step, data))


def _apply(step: str, data: dict[str, object], text: str) -> str:
    if step == "code":
        data["code"] = text.split()[0].lower() if text else ""
        return "question"
    if step == "question":
        data["question"] = check_question(text)
        return "options"
    if step == "options":
        return _add_option(data, text)
    if step in {"multi", "anonymous"}:
        data[step] = _yes_no(text)
        return "anonymous" if step == "multi" else "closes"
    if step == "closes":
        data["closes"] = None if text.lower() in NO | {"none", "never"} else text
        if data["closes"] is not None:
            check_closing(text)
        return "confirm"
    if text.lower() not in YES | {"send"}:
        raise PollError("confirm")
    return "sent"


def _add_option(data: dict[str, object], text: str) -> str:
    options = list(data.get("options", []))  # type: ignore[call-overload]
    if text.lower() in {"/done", "done"}:
        check_options(options)
        return "multi"
    options = list(_check_each([*options, text]))
    data["options"] = options
    return "multi" if len(options) == MAX_OPTIONS else "options"


def _yes_no(text: str) -> bool:
    if text.lower() in YES:
        return True
    if text.lower() in NO:
        return False
    raise PollError("yes_no")


def spec_from_form(data: dict[str, object]) -> PollSpec:
    closes = data.get("closes")
    return PollSpec(
        code=str(data["code"]),
        question=str(data["question"]),
        options=tuple(data["options"]),  # type: ignore[arg-type]
        multiple=bool(data.get("multi")),
        anonymous=bool(data.get("anonymous")),
        closes_in=check_closing(str(closes)) if closes else None,
    )


# -- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OptionResult:
    text: str
    votes: int
    share: float  # of voters, 0..1


def tally(options: list[str], counts: dict[int, int], voters: int) -> list[OptionResult]:
    """Counts per option (by position), with each option's share of voters."""
    return [
        OptionResult(text, counts.get(i, 0), counts.get(i, 0) / voters if voters else 0.0)
        for i, text in enumerate(options, start=1)
    ]
