"""What became of proposals, as words and rows: a line each in /stats, the JSON export's
`outcomes`, and what the HTML report shows under each (the answers to "did this change
anything for you?": counts per answer, and the words, under pseudonyms). Pure: takes the
`storage.outcomes.ProposalOutcome`s the use case read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import texts.outcomes
import texts.reports
from dialogs.outcomes import IMPACTS
from reports.cells import visible
from reports.writers import iso
from storage.outcomes import ProposalOutcome, Said
from texts.i18n import short_date

Label = Callable[[int | None], str]


def day(moment: datetime) -> str:
    """ "04 May 2026", "04 may 2026" (the reader's language)."""
    return short_date(moment)


def state_name(state: str) -> str:
    return texts.outcomes.STATE_NAMES.get(state, state)


def proposal_words(o: ProposalOutcome, shorten: Callable[[str], str] = str) -> str:
    if o.withdrawn:
        return texts.reports.WITHDRAWN_TEXT
    return texts.reports.QUOTED.format(text=visible(shorten(o.text)))


def counts_line(o: ProposalOutcome) -> str:
    """ "Yes, a lot 2, A little 1, Not really 0" """
    counted = o.counts(IMPACTS)
    return ", ".join(f"{texts.outcomes.IMPACT_LABELS[v]} {n}" for v, n in counted.items())


def stats_lines(outcomes: list[ProposalOutcome], shorten: Callable[[str], str]) -> list[str]:
    """A line per proposal with an outcome, for /stats (and the Markdown summary)."""
    lines: list[str] = [texts.outcomes.STATS_HEAD]
    for o in outcomes:
        answers = (
            texts.outcomes.STATS_ANSWERS.format(counts=counts_line(o), n=len(o.answers))
            if o.answers
            else ""
        )
        lines.append(
            texts.outcomes.STATS_LINE.format(
                id=o.number,
                text=proposal_words(o, shorten),
                state=state_name(o.now.state),
                date=day(o.now.at),
                answers=answers,
            )
        )
    return lines


def json_rows(outcomes: list[ProposalOutcome], label: Label) -> list[dict[str, Any]]:
    """The JSON export's `outcomes`: each proposal's outcome now, its history, and the
    answers (members under the export's labels)."""
    return [
        {
            "proposal": o.number,
            "text": None if o.withdrawn else o.text,
            "hidden": o.hidden,
            "state": o.now.state,
            "words": o.now.words,
            "at": iso(o.now.at),
            "history": [
                {"state": s.state, "words": s.words, "at": iso(s.at), "members_told": s.told}
                for s in o.history
            ],
            "changed_anything": {
                "counts": o.counts(IMPACTS),
                "answers": [_answer(a, label) for a in o.answers],
            },
        }
        for o in outcomes
    ]


def _answer(a: Said, label: Label) -> dict[str, Any]:
    return {"member": label(a.member_id), "answer": a.value, "words": a.words, "at": iso(a.at)}
