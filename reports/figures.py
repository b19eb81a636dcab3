"""A session's figures as plain values, and the arithmetic on them: the participation funnel,
reply rates to reprompts, proposals ranked by agreement and the most divisive ones. Pure:
`usecases.stats` fills them from the database; the text, the chart, the report and the
exports show them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dialogs.opinions import Groups
from storage.exports import Tally
from storage.outcomes import ProposalOutcome
from storage.stats import FunnelCounts, Mood, ReplyCounts

STAGES = ("joined", "consented", "started", "completed", "proposed", "voted")
TOP = 5


@dataclass(frozen=True)
class Stage:
    name: str
    count: int
    share: float | None  # of those who joined (None: nobody joined)


def funnel(counts: FunnelCounts) -> list[Stage]:
    joined = counts.joined
    return [
        Stage(name, n, n / joined if joined else None)
        for name in STAGES
        for n in [getattr(counts, name)]
    ]


def reply_share(rate: ReplyCounts) -> float | None:
    return rate.answered / rate.sent if rate.sent else None


def agreement(t: Tally) -> float:
    """The chance the next voter agrees, (agrees + 1) / (votes + 2): one agree out of one
    vote is not yet 100%."""
    return (t.agree + 1) / (t.votes + 2)


def ranked(tallies: list[Tally], top: int = TOP) -> list[Tally]:
    """Proposals with votes, most agreed first."""
    voted = [t for t in tallies if t.votes]
    return sorted(voted, key=lambda t: (-agreement(t), -t.agree, t.id))[:top]


def divisiveness(t: Tally) -> float:
    """The votes on the smaller side, weighed by how even the two sides are: 10 agree and 8
    disagree is 6.4; 3 and 3 is 3; 50 and 5 is 0.5; all one way is 0."""
    low, high = sorted((t.agree, t.disagree))
    return low * low / high if low else 0.0


def divisive(tallies: list[Tally], top: int = 3) -> list[Tally]:
    split = [t for t in tallies if divisiveness(t) > 0]
    return sorted(split, key=lambda t: (-divisiveness(t), t.id))[:top]


@dataclass(frozen=True)
class SessionStats:
    title: str
    code: str
    status: str
    flow: str
    members: int  # joined
    funnel: list[Stage]
    rates: list[ReplyCounts]
    moods: list[Mood]
    hourly: bool
    proposals: list[Tally]
    groups: Groups
    authors: dict[int, str] = field(default_factory=dict)  # member id -> pseudonym
    outcomes: list[ProposalOutcome] = field(default_factory=list)  # what became of proposals

    @property
    def ranked(self) -> list[Tally]:
        return ranked(self.proposals)

    @property
    def divisive(self) -> list[Tally]:
        return divisive(self.proposals)

    def tally(self, proposal_id: int) -> Tally | None:
        return next((t for t in self.proposals if t.id == proposal_id), None)

    def number_of(self, proposal_id: int) -> int | str:
        """The number people see for a proposal ("?" if it is not among the session's)."""
        found = self.tally(proposal_id)
        return found.number if found else "?"


def mood_of(negative_below: float, positive_above: float) -> Callable[[float | None], str]:
    """Polarity -> negative/neutral/positive under a flow's thresholds ("" for none); the
    same rule as `dialogs.classify`, as one quick function for every row of an export."""

    def mood(polarity: float | None) -> str:
        if polarity is None:
            return ""
        if polarity < negative_below:
            return "negative"
        return "positive" if polarity > positive_above else "neutral"

    return mood
