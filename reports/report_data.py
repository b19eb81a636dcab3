"""What the HTML report shows, as plain values: `ReportData`, which `usecases.report` gathers
from the database and `reports.report` renders. Pure: no database, no clock.

Members appear only under pseudonyms; the team (organisers, coordinators) by the names they
have in Telegram: they are staff, not members.

Three parts are optional, filled by features of their own: `questions` (results per
question), `themes` (themes in the words) and `outcomes` (what became of proposals). Left
`None`, their section says they are not part of this report; the small dataclasses below say
what each section reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from reports.figures import SessionStats


@dataclass(frozen=True)
class Staff:
    """Someone on the session's team, by their Telegram name."""

    name: str
    role: str  # organiser, coordinator


@dataclass(frozen=True)
class Asked:
    """A question of the session's flow, as members read it."""

    prompt: str
    kind: str  # choice, scale, text, proposal, feedback
    options: tuple[str, ...] = ()  # a choice's option labels, in order
    multiple: bool = False
    scale: tuple[int, int, str, str] | None = None  # lowest, highest, their words
    optional: bool = False
    everyone: bool = True  # False: asked only after some answers to an earlier question


@dataclass(frozen=True)
class Choice:
    """An option (or a scale point) and how many chose it."""

    label: str
    count: int


@dataclass(frozen=True)
class PollShown:
    number: int
    question: str
    options: tuple[Choice, ...]
    voters: int
    closed: bool
    multiple: bool = False
    anonymous: bool = False
    counts_hidden: bool = False  # an anonymous poll shows its counts when it closes
    closed_at: datetime | None = None


@dataclass(frozen=True)
class Joining:
    """How members came: through the organisers' link, or another member's invitation."""

    joined: int
    invited: int  # joined through another member's invitation link
    inviters: tuple[tuple[str, int], ...] = ()  # (pseudonym, how many they brought), most first

    @property
    def direct(self) -> int:
        return self.joined - self.invited


# -- optional parts: results per question, themes, outcomes ------------------------------


@dataclass(frozen=True)
class Quote:
    """Words a member wrote, under their pseudonym."""

    text: str
    member: str = ""
    mood: str = ""  # negative, neutral, positive ("" unknown)


@dataclass(frozen=True)
class QuestionResult:
    """What members answered to one question (the fields of `reports.results.Question` the
    report reads)."""

    prompt: str
    kind: str  # choice, scale, text, proposal, feedback
    answered: int
    skipped: int = 0
    counts: tuple[Choice, ...] = ()  # choice: options in the flow's order; scale: every point
    multiple: bool = False  # shares are of those who answered, and may add up past 100%
    mean: float | None = None
    median: float | None = None
    quotes: tuple[Quote, ...] = ()  # newest first


@dataclass(frozen=True)
class Theme:
    label: str
    size: int
    sentiment: float | None = None  # mean polarity (read by `ReportData.mood`)
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Themes:
    answers: int  # how many answers were grouped
    themes: tuple[Theme, ...] = ()  # biggest first
    too_few: bool = False  # too few answers to group
    notes: tuple[str, ...] = ()  # how they were found, what was left out


@dataclass(frozen=True)
class Outcome:
    """What became of a proposal ("you said, we did")."""

    number: int  # the proposal's number in its session
    proposal: str
    state: str  # adopted, declined, in_progress, done
    note: str = ""  # the organisers' words: what and why
    decided_at: datetime | None = None
    changed: tuple[Choice, ...] = ()  # "did this change anything for you?": answers counted
    said: tuple[Quote, ...] = ()  # and the words added to them


def no_mood(polarity: float | None) -> str:
    return ""


@dataclass(frozen=True)
class ReportData:
    stats: SessionStats  # the figures /stats shows: funnel, replies, moods, proposals, groups
    community: str
    made_at: datetime
    zone: tzinfo  # dates are shown on this clock
    team: tuple[Staff, ...] = ()
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    language: str = "en"  # the flow's: its questions are in it
    asked: tuple[Asked, ...] = ()
    declined: int = 0  # joined, then chose not to take part
    polls: tuple[PollShown, ...] = ()
    joining: Joining | None = None
    link: str = ""  # the join link, while the session is open
    moderated: bool = False  # show hidden proposals, marked as moderated
    segment: str | None = None  # only the members of this segment (`--to`): its name
    mood: Callable[[float | None], str] = no_mood  # polarity -> negative/neutral/positive
    questions: tuple[QuestionResult, ...] | None = None
    themes: Themes | None = None
    outcomes: tuple[Outcome, ...] | None = None
