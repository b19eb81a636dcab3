"""The report's sections on results per question, themes in the words and outcomes: each
renders from an optional part of `ReportData` (`questions`, `themes`, `outcomes`) and is
left out while that part is None (the feature that fills it is not there)."""

from __future__ import annotations

import texts.report as t
from reports.markup import Bar, Part, bar, bars, day, e, para, quotes, share_text, words
from reports.report_data import Outcome, QuestionResult, ReportData

QUOTES = 5  # quotes shown under a question
THEME_QUOTES = 3


def results(r: ReportData) -> Part | None:
    if r.questions is None:
        return None
    body = "".join(_result(q, r.language) for q in r.questions) or para(t.ASKED_NONE)
    return Part("results", t.RESULTS, body)


def _result(q: QuestionResult, language: str) -> str:
    counted = t.RESULTS_COUNTED.format(answered=q.answered)
    if q.skipped:
        counted += t.RESULTS_SKIPPED.format(n=q.skipped)
    out = words(q.prompt, language, "h3") + para(counted, cls="meta")
    if not q.answered:
        return f'<div class="card">{out}{para(t.RESULTS_NONE)}</div>'
    if q.counts:
        rows = [  # each bar as long as its share of those who answered
            Bar(words(c.label, language), share_text(c.count, q.answered), c.count / q.answered)
            for c in q.counts
        ]
        out += bars(rows)
    if q.multiple:
        out += para(t.RESULTS_MULTIPLE.format(answered=q.answered), cls="note")
    if q.mean is not None and q.median is not None:
        out += para(t.RESULTS_SCALE.format(mean=q.mean, median=q.median))
    return f'<div class="card">{out}{quotes(q.quotes, QUOTES)}</div>'


def themes(r: ReportData) -> Part | None:
    found = r.themes
    if found is None:
        return None
    notes = para(*found.notes, cls="note")
    if found.too_few or not found.themes:
        return Part("themes", t.THEMES, para(t.THEMES_TOO_FEW) + notes)
    cards = []
    for theme in found.themes:
        size = t.THEME_SIZE.format(size=theme.size, total=found.answers)
        feeling = t.FEELING_NAMES.get(r.mood(theme.sentiment), "")
        meta = " · ".join(p for p in (size, feeling) if p)
        cards.append(
            f'<div class="card">{words(theme.label, tag="h3")}{para(meta, cls="meta")}'
            f"{bar(theme.size / max(found.answers, 1))}{quotes(theme.quotes, THEME_QUOTES)}</div>"
        )
    lede = para(t.THEMES_LEDE.format(answers=found.answers))
    return Part("themes", t.THEMES, lede + "".join(cards) + notes)


def outcomes(r: ReportData) -> Part | None:
    if r.outcomes is None:
        return None
    if not r.outcomes:
        return Part("outcomes", t.OUTCOMES, para(t.OUTCOMES_NONE))
    return Part("outcomes", t.OUTCOMES, "".join(_outcome(o, r) for o in r.outcomes))


def _outcome(o: Outcome, r: ReportData) -> str:
    state = t.OUTCOME_STATES.get(o.state, o.state)
    head = (
        f'<h3><span class="number">#{o.number}</span> {words(o.proposal)} '
        f'<span class="badge state-{e(o.state)}">{e(state)}</span></h3>'
    )
    out = head + (words(o.note, tag="p") if o.note else "")
    if o.decided_at is not None:
        out += para(t.OUTCOME_DECIDED.format(when=day(o.decided_at, r.zone)), cls="meta")
    if o.changed or o.said:
        total = sum(c.count for c in o.changed)
        rows = [
            Bar(e(c.label), share_text(c.count, total), c.count / max(total, 1)) for c in o.changed
        ]
        out += para(t.OUTCOME_CHANGED) + bars(rows) + quotes(o.said, QUOTES)
    return f'<div class="card">{out}</div>'
