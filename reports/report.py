"""The HTML report (`codesign report <code> --output report.html`): one self-contained file a
coordinator opens in a browser: the chart embedded as a PNG data URI, every table inline, no
script and no address to fetch. It shows the figures the use case gathered
(`usecases.stats.write_report`)."""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TextIO

import texts.outcomes
import texts.reports
import texts.themes
from reports import charts, outcomes
from reports.cells import visible
from reports.figures import (
    RANK_FROM,
    SessionStats,
    proposal_number,
    rankable,
    reply_share,
    share_text,
)
from reports.results import Question, Quote
from reports.results_text import counted, mood, tally_lines, utc
from reports.summaries import group_lines, mood_lines, proposal_text
from reports.theme_text import feeling, theme_notes
from reports.themes import MIN_ANSWERS, Themes

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{margin-bottom:.2em}.meta{color:#666;margin-top:0}img{max-width:100%;height:auto}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border-bottom:1px solid #ddd;
padding:.3em .6em;text-align:left;vertical-align:top}td.n,th.n{text-align:right}
"""


def e(text: object) -> str:
    return html.escape(visible(str(text)))


def render(
    s: SessionStats,
    out: TextIO,
    now: datetime,
    themes: Themes | None = None,
    mood: Callable[[float | None], str] | None = None,
) -> None:
    """The report of these figures, as one HTML document (with the themes of what members
    wrote, if given, their feelings read by `mood`)."""
    png = io.BytesIO()
    charts.draw(s, png)
    chart = base64.b64encode(png.getvalue()).decode("ascii")
    made = texts.reports.REPORT_MADE.format(
        code=s.code, status=s.status, flow=s.flow, when=now.strftime("%Y-%m-%d %H:%M")
    )
    out.write(
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(s.title)}</title><style>{STYLE}</style></head><body>\n"
        f'<h1 dir="auto">{e(s.title)}</h1><p class="meta">{e(made)}</p>\n'
        f'<img alt="{e(texts.reports.REPORT_CHART_ALT)}" '
        f'width="{charts.WIDTH}" height="{charts.HEIGHT}" src="data:image/png;base64,{chart}">\n'
    )
    out.write(_section(texts.reports.STATS_FUNNEL, _funnel(s)))
    out.write(_section(texts.reports.RESULTS_HEAD, _results(s.questions)))
    out.write(_section(texts.reports.STATS_REPLIES, _replies(s)))
    moods = mood_lines(s)
    out.write(_section(moods[0].split(" (")[0], _moods(s) if s.moods else _para(moods)))
    out.write(_section(texts.reports.REPORT_PROPOSALS, _proposals(s)))
    if s.divisive:
        out.write(_section(texts.reports.STATS_DIVISIVE, _divisive(s)))
    out.write(_section(texts.reports.REPORT_GROUPS, _para(group_lines(s))))
    if themes is not None:
        out.write(_section(texts.themes.REPORT_THEMES, _themes(themes, mood or (lambda _: ""))))
    shown = [o for o in s.outcomes if not o.hidden and not o.withdrawn]
    if shown:
        out.write(_section(texts.outcomes.REPORT_SECTION, _outcomes(s, shown)))
    out.write("</body></html>\n")


def _section(title: str, body: str) -> str:
    return f"<h2>{e(title)}</h2>\n{body}\n"


def _para(lines: Iterable[str]) -> str:
    return "".join(f"<p>{e(line)}</p>" for line in lines)


def _table(head: Iterable[str], rows: Iterable[Iterable[object]], numeric: set[int]) -> str:
    def cell(tag: str, i: int, value: object) -> str:
        kind = ' class="n"' if i in numeric else ' dir="auto"'
        return f"<{tag}{kind}>{e(value)}</{tag}>"

    top = "".join(cell("th", i, h) for i, h in enumerate(head))
    body = "".join(
        "<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>\n" for row in rows
    )
    return f"<table><thead><tr>{top}</tr></thead><tbody>\n{body}</tbody></table>"


def _funnel(s: SessionStats) -> str:
    rows = [
        (
            texts.reports.STATS_STAGE_NAMES[st.name],
            st.count,
            "" if st.share is None else f"{st.share:.0%}",
        )
        for st in s.funnel
    ]
    return _table(("", "members", "of those who joined"), rows, {1, 2})


def _replies(s: SessionStats) -> str:
    rows = [
        (
            texts.reports.REPROMPT_NAMES[r.kind],
            r.sent,
            r.answered,
            r.answered_within,
            "" if reply_share(r) is None else f"{reply_share(r):.0%}",
        )
        for r in s.rates
    ]
    return _table(("", "sent", "answered", "within a day", "reply rate"), rows, {1, 2, 3, 4})


def _moods(s: SessionStats) -> str:
    rows = [(m.bucket, m.messages, f"{m.mean:+.2f}", m.negative, m.positive) for m in s.moods]
    head = ("hour" if s.hourly else "day", "texts", "mean polarity", "negative", "positive")
    return _table(head, rows, {1, 2, 3, 4})


def _results(questions: list[Question]) -> str:
    """One part per question: its prompt, the counts of a choice or scale, the quotes."""
    if not questions:
        return _para([texts.reports.NO_QUESTIONS_ASKED])
    return "".join(_question(q) for q in questions)


def _question(q: Question) -> str:
    head = f'<h3 dir="auto">{e(texts.reports.REPORT_QUESTION.format(prompt=q.prompt))}</h3>\n'
    body = _para([counted(q)])
    if q.counts:
        rows = [(c.label, c.count, share_text(c.count, q.answered)) for c in q.counts]
        body += _table(texts.reports.REPORT_RESULTS_COLUMNS, rows, {1, 2})
        body += _para(tally_lines(q)[1 + len(q.counts) :])
    elif q.answers:
        body += _para([texts.reports.RESULTS_WRITTEN])
    if q.quotes:
        body += "<ul>" + "".join(_quote(quote) for quote in q.quotes) + "</ul>\n"
    return head + body


def _quote(quote: Quote) -> str:
    about = texts.reports.REPORT_QUOTE.format(
        member=quote.member, when=utc(quote.at), mood=mood(quote)
    )
    if quote.side:
        about += f" · {texts.reports.SIDE_NAMES.get(quote.kind, quote.kind)}"
    words = texts.reports.REPORT_QUOTE_HIDDEN if quote.hidden else f"“{quote.text}”"
    return f'<li><span dir="auto">{e(words)}</span><br><small>{e(about)}</small></li>'


def _proposals(s: SessionStats) -> str:
    """Every proposal with its raw counts: the ranked ones first (by their score, as the
    paragraph above the table says), then the others in the order they came."""
    first = {t.id: n for n, t in enumerate(s.ranked)}
    ordered = sorted(s.proposals, key=lambda t: (first.get(t.id, len(first)), t.id))
    rows = [
        (
            proposal_number(t.number),
            proposal_text(t),
            s.authors.get(t.member_id or 0, ""),
            share_text(t.agree, t.votes),
            t.disagree,
            t.passed,
            t.votes,
        )
        for t in ordered
    ]
    how = (
        texts.reports.STATS_RANKED_HOW.format(least=RANK_FROM)
        if any(rankable(t) for t in s.proposals)
        else texts.reports.STATS_TOO_FEW_TO_RANK.format(least=RANK_FROM)
    )
    return _para([how]) + _table(texts.reports.REPORT_COLUMNS, rows, {3, 4, 5, 6})


def _divisive(s: SessionStats) -> str:
    rows = [
        (proposal_number(t.number), proposal_text(t), share_text(t.agree, t.votes), t.disagree,
         t.passed)
        for t in s.divisive
    ]  # fmt: skip
    head = ("#", "proposal", "agree", "disagree", "pass")
    return _para([texts.reports.STATS_DIVISIVE_HOW]) + _table(head, rows, {2, 3, 4})


def _themes(found: Themes, mood: Callable[[float | None], str]) -> str:
    if found.too_few:
        return _para([texts.themes.THEMES_TOO_FEW_FILE.format(n=found.answers, least=MIN_ANSWERS)])
    rows = [
        (
            t.label,
            f"{t.size} of {found.answers}",
            feeling(t, mood),
            " · ".join(f"“{q.text}”" + (f" ({q.who})" if q.who else "") for q in t.quotes),
        )
        for t in found.themes
    ]
    return _table(texts.themes.REPORT_THEMES_COLUMNS, rows, {1}) + _para(theme_notes(found))


def _outcomes(s: SessionStats, shown: list[outcomes.ProposalOutcome]) -> str:
    """What became of each proposal, with what those who voted on it said it changed."""
    rows = [
        (
            f"#{o.number}",
            outcomes.proposal_words(o),
            outcomes.state_name(o.now.state),
            o.now.words or "",
            outcomes.day(o.now.at),
        )
        for o in shown
    ]
    parts = [_table(texts.outcomes.REPORT_COLUMNS, rows, set())]
    for o in shown:
        if o.now.state != "done" and not o.answers:
            continue
        lines = [f"#{o.number} — {texts.outcomes.REPORT_ASKED}"]
        lines.append(outcomes.counts_line(o) if o.answers else texts.outcomes.REPORT_NOBODY)
        parts.append(_para(lines))
        said = [
            f"“{a.words}” — {s.authors.get(a.member_id, '')} "
            f"({texts.outcomes.IMPACT_LABELS.get(a.value, a.value)})"
            for a in o.answers
            if a.words
        ]
        if said:
            parts.append("<ul>" + "".join(f'<li dir="auto">{e(q)}</li>' for q in said) + "</ul>")
    return "".join(parts)
