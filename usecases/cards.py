"""Proposal cards and poll messages, rendered as `Out` descriptions."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

import texts.outcomes
import texts.polls
import texts.proposals
import texts.reports
from dialogs.polls import tally
from storage.models import Poll, PollOption, Proposal, id_of
from storage.outcomes import Current
from texts.i18n import listed
from usecases.actions import Action, BallotButton, BrowseButton, VoteButton
from usecases.context import Out
from usecases.times import local_time

VOTES = ("agree", "disagree", "pass")


def proposal_card(
    proposal: Proposal,
    *,
    session_id: int,
    position: int,
    total: int,
    my_vote: str | None,
    own: bool,
    header: str | None = None,
    footer: str | None = None,
    outcome: Current | None = None,
    words: str | None = None,
    written: str | None = None,
) -> Out:
    """One proposal with its vote buttons and Previous / Next; `header` goes above it (what
    just happened), `footer` below; what became of it, if the organisers said; `words`: the
    proposal as the reader sees it (a translation), `written`: a note naming the language it
    was written in."""
    lines = [header, ""] if header else []
    lines += [
        texts.proposals.CARD_HEADER.format(position=position + 1, total=total, id=proposal.number),
        "",
        texts.reports.QUOTED.format(text=proposal.text if words is None else words),
        *([written] if written else []),
        "",
    ]
    if outcome is not None:
        lines += [*_outcome_lines(outcome), ""]
    if own:
        lines.append(texts.proposals.CARD_OWN)
    elif my_vote:
        lines.append(texts.proposals.CARD_YOUR_VOTE.format(vote=vote_label(my_vote)))
    else:
        lines.append(texts.proposals.CARD_NOT_VOTED)
    if footer:
        lines += ["", footer]
    rows: list[tuple[tuple[str, Action], ...]] = []
    if not own:
        rows.append(
            tuple(
                (
                    ("✅ " if my_vote == value else "") + vote_label(value),
                    VoteButton(id_of(proposal), value),
                )
                for value in VOTES
            )
        )
    rows += _browse_row(session_id, position, total)
    return Out("\n".join(lines), tuple(rows))


def vote_label(value: str) -> str:
    """A vote ("agree", "disagree", "pass") as its button says it."""
    return texts.proposals.VOTE_LABELS[value]


def _outcome_lines(outcome: Current) -> list[str]:
    state = texts.outcomes.STATE_NAMES.get(outcome.state, outcome.state)
    mark = texts.outcomes.STATE_MARKS.get(outcome.state, "")
    lines = [texts.outcomes.CARD_LINE.format(mark=mark, state=state).strip()]
    if outcome.words:
        lines.append(texts.outcomes.CARD_WHY.format(words=outcome.words))
    return lines


def _browse_row(session_id: int, position: int, total: int) -> list[tuple]:
    nav = []
    if position > 0:
        nav.append((texts.proposals.PREVIOUS, BrowseButton(session_id, position - 1)))
    if position + 1 < total:
        nav.append((texts.proposals.NEXT, BrowseButton(session_id, position + 1)))
    return [tuple(nav)] if nav else []


def poll_message(
    poll: Poll,
    options: list[PollOption],
    chosen: set[int],
    now: datetime,
    title: str,
    zone: tzinfo = UTC,
) -> Out:
    """A poll as members get it: which session it comes from, what is visible to whom, and
    when it closes on the reader's clock (`zone`)."""
    how = texts.polls.POLL_MULTI if poll.multiple else texts.polls.POLL_SINGLE
    lines = [
        texts.polls.POLL_HEADER.format(id=poll.number, title=title),
        "",
        poll.question,
        "",
        how,
    ]
    if poll.anonymous:
        lines.append(texts.polls.POLL_ANONYMOUS)
        if not poll.live_counts:
            lines.append(texts.polls.POLL_COUNTS_LATER)
    else:
        lines.append(texts.polls.POLL_VISIBLE)
    if poll.closes_at is not None:
        lines.append(texts.polls.POLL_CLOSES.format(when=local_time(poll.closes_at, zone)))
    rows = tuple(
        ((("✅ " if o.position in chosen else "") + o.text, BallotButton(id_of(poll), o.position)),)
        for o in options
    )
    return Out("\n".join(lines), rows)


def results_text(
    poll: Poll,
    options: list[PollOption],
    counts: dict[int, int],
    voters: int,
    names: dict[int, list[str]] | None = None,
) -> str:
    if poll.anonymous and poll.status != "closed" and not poll.live_counts:
        return texts.polls.RESULTS_HIDDEN.format(id=poll.number, question=poll.question)
    state = texts.polls.RESULTS_FINAL if poll.status == "closed" else texts.polls.RESULTS_SO_FAR
    lines = [state.format(id=poll.number, question=poll.question, voters=voters)]
    results = tally([o.text for o in options], counts, voters)
    for option, result in zip(options, results, strict=True):
        lines.append(
            texts.polls.RESULT_LINE.format(option=result.text, n=result.votes, share=result.share)
        )
        if names and names.get(option.position):
            lines.append("   " + ", ".join(names[option.position]))
    most = max((r.votes for r in results), default=0)
    tied = [r.text for r in results if r.votes == most]
    if poll.status == "closed" and most and len(tied) > 1:
        lines.append(texts.polls.RESULTS_TIE.format(options=listed(tied), n=most))
    return "\n".join(lines)
