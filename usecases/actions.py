"""What a button asks for, as plain values. `bot.callbacks` encodes them into Telegram's
64-byte callback data and decodes them back; a decoded action is only a claim, which the
use case checks against the database before acting on it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Consent:
    session_id: int
    accept: bool


@dataclass(frozen=True)
class FlowButton:
    session_id: int
    step_id: str
    value: str


@dataclass(frozen=True)
class VoteButton:
    proposal_id: int
    value: str  # agree, disagree, pass


@dataclass(frozen=True)
class BrowseButton:
    session_id: int
    position: int


@dataclass(frozen=True)
class BallotButton:
    poll_id: int
    position: int  # option position; 0 means "done" for multiple-choice polls


@dataclass(frozen=True)
class TimezoneButton:
    zone: int  # the position of the zone in `usecases.zones.OFFERED`


@dataclass(frozen=True)
class CloseSession:
    session_id: int
    close: bool  # False: keep it open


@dataclass(frozen=True)
class ForgetButton:
    confirm: bool  # "Erase my data" (True) or "Keep it"


@dataclass(frozen=True)
class FormButton:
    """An answer to the organiser's guided /poll form, as a button."""

    step: str  # the form's step it answers (a tap on an older step's button is stale)
    value: str  # a short token standing for words the organiser could type


Action = (
    Consent
    | FlowButton
    | VoteButton
    | BrowseButton
    | BallotButton
    | TimezoneButton
    | CloseSession
    | FormButton
    | ForgetButton
)
