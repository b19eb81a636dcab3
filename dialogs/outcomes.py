"""What became of a proposal, pure: the states an outcome may have, the answers to "did this
change anything for you?", and how `/outcome … <state> [--ask-after 7d] [words]` is read
(the number and the session are found by the use case)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from dialogs.durations import parse_duration
from dialogs.models import MOST_OUTCOME_WAIT
from dialogs.proposals import tidy

STATES = ("adopted", "declined", "in_progress", "done")
ASKED_AFTER = "done"  # the state after which voters are asked whether it changed anything
IMPACTS = ("a_lot", "a_little", "not_really")  # the answers, as buttons, in this order
WORDS_LIMIT = 1000  # an outcome's words, and a member's words about it
_ASK_AFTER = re.compile(r"(?:^|\s)(?:--|—|–)ask-after(?:[\s=]+(\S+)|\s*$)")  # a phone writes "—"

Problem = Literal["no_state", "bad_state", "long", "ask_after_bad", "ask_after_not_done"]


@dataclass(frozen=True)
class Marked:
    state: str
    words: str | None  # None: none given
    ask_after: timedelta | None  # None: the flow's (or the default) delay


def read_outcome(text: str) -> Marked | Problem:
    """`<state> [--ask-after 7d] [words]` (the flag anywhere after the state) -> what was
    asked, or why it cannot be read. A state may be written `in progress` or `in-progress`."""
    ask_after: timedelta | None = None
    flag = _ASK_AFTER.search(text)
    if flag is not None:
        try:
            ask_after = parse_duration(flag.group(1) or "")
        except ValueError:
            return "ask_after_bad"
        if ask_after > MOST_OUTCOME_WAIT:
            return "ask_after_bad"
        text = text[: flag.start()] + " " + text[flag.end() :]
    words = text.split()
    if not words:
        return "no_state"
    state, used = _state(words)
    if state is None:
        return "bad_state"
    if ask_after is not None and state != ASKED_AFTER:
        return "ask_after_not_done"
    rest = tidy(" ".join(words[used:]))
    if len(rest) > WORDS_LIMIT:
        return "long"
    return Marked(state, rest or None, ask_after)


def _state(words: list[str]) -> tuple[str | None, int]:
    first = words[0].casefold().replace("-", "_")
    if first == "in" and len(words) > 1 and words[1].casefold() == "progress":
        return "in_progress", 2
    return (first, 1) if first in STATES else (None, 1)
