"""What a button asks for, declared once: a frozen dataclass per kind of button, whose
class attributes say how it is tagged in Telegram's callback data and who may press it,
and whose fields are its data. `bot.callbacks` encodes and decodes any of them from these
declarations; `usecases.buttons` routes each type to its use case. A decoded action is
only a claim, which the use case checks against the database before acting on it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from usecases.roles import Role


@dataclass(frozen=True)
class Button:
    """Fields may be int, str (a short token: letters, digits, `_.-`) or bool; a str field
    may map its values to shorter codes (`field(metadata={"codes": {...}})`)."""

    tag: ClassVar[str]  # one letter or two, unique: the first part of the callback data
    roles: ClassVar[frozenset[Role]] = frozenset()  # empty: the member it was sent to
    in_groups: ClassVar[bool] = False  # may be pressed in a group chat
    heavy: ClassVar[bool] = False  # may take seconds: runs off the event loop


@dataclass(frozen=True)
class Consent(Button):
    tag = "c"
    session_id: int
    accept: bool


@dataclass(frozen=True)
class FlowButton(Button):
    tag = "f"
    session_id: int
    step_id: str
    value: str


@dataclass(frozen=True)
class VoteButton(Button):
    tag = "v"
    proposal_id: int
    value: str = field(metadata={"codes": {"agree": "a", "disagree": "d", "pass": "p"}})


@dataclass(frozen=True)
class BrowseButton(Button):
    tag = "n"
    session_id: int
    position: int


@dataclass(frozen=True)
class BallotButton(Button):
    tag = "b"
    in_groups = True  # a poll sent to the community's linked group
    poll_id: int
    position: int  # option position; 0 means "done" for multiple-choice polls


@dataclass(frozen=True)
class TimezoneButton(Button):
    tag = "t"
    zone: int  # the position of the zone in `usecases.zones.OFFERED`


@dataclass(frozen=True)
class CloseSession(Button):
    tag = "x"
    roles = frozenset({Role.ORGANISER})
    session_id: int
    close: bool  # False: keep it open


@dataclass(frozen=True)
class ForgetButton(Button):
    tag = "g"
    heavy = True  # erasing someone may take a second or two
    confirm: bool  # "Erase my data" (True) or "Keep it"


@dataclass(frozen=True)
class FormButton(Button):
    """An answer to the organiser's guided /poll form, as a button."""

    tag = "p"
    roles = frozenset({Role.ORGANISER})
    step: str  # the form's step it answers (a tap on an older step's button is stale)
    value: str  # a short token standing for words the organiser could type


@dataclass(frozen=True)
class SendBroadcast(Button):
    """ "Send" (or "Cancel") under a /broadcast's preview, which is the message itself."""

    tag = "r"
    roles = frozenset({Role.ORGANISER})
    session_id: int
    send: bool  # False: cancel
    segment: str = "-"  # the segment it goes to (`--to`); "-": every member
    holdout: int = 0  # the percent of the segment held out (`--holdout`, 0: none)


@dataclass(frozen=True)
class PickSession(Button):
    """A session chosen for a command typed without its code (`/stats` alone): runs the
    command with that session's code, the roles checked again."""

    tag = "s"
    roles = frozenset({Role.ORGANISER, Role.COORDINATOR})
    heavy = True  # /stats makes its numbers
    command: str  # the command's name, e.g. "stats"
    session_id: int


@dataclass(frozen=True)
class QuestionButton(Button):
    """A question under /answers <code>: its results, the command run again with the step
    (the roles and the session checked again, the step looked up in the session's flow)."""

    tag = "aq"
    roles = frozenset({Role.ORGANISER, Role.COORDINATOR})
    session_id: int
    step_id: str
    segment: str = "-"  # the segment the results are cut by (`--to`); "-": none


@dataclass(frozen=True)
class LanguageButton(Button):
    """One of the session's languages, under /language."""

    tag = "l"
    session_id: int
    language: str  # a language code: checked against the session's before it changes anything


@dataclass(frozen=True)
class HelpButton(Button):
    """ "Usage and details" under the short /help."""

    tag = "h"
    full: bool


@dataclass(frozen=True)
class ImpactButton(Button):
    """An answer to "did this change anything for you?", asked after a proposal was done."""

    tag = "i"
    proposal_id: int
    value: str = field(metadata={"codes": {"a_lot": "l", "a_little": "s", "not_really": "n"}})


@dataclass(frozen=True)
class Link:
    """A button that opens a link (Telegram's URL button: an `https://` or `tg://`
    address), such as a share button (`https://t.me/share/url?...`). It sends the bot
    nothing, so it has no tag, no data and no route: it goes in a row like any button."""

    url: str


BUTTONS: tuple[type[Button], ...] = (
    Consent,
    FlowButton,
    VoteButton,
    BrowseButton,
    BallotButton,
    TimezoneButton,
    CloseSession,
    ForgetButton,
    FormButton,
    SendBroadcast,
    PickSession,
    QuestionButton,
    HelpButton,
    ImpactButton,
    LanguageButton,
)
Action = Button  # what a press asks for
Shown = Button | Link  # what a button in a message does: asks for an action, or opens a link
