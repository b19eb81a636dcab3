"""The HTML report's building blocks: escaped text, members' words marked as theirs (`dir`,
`lang`), paragraphs, lists of bars, and the small charts as inline SVG (no script, nothing
fetched, printed as drawn). Pure: strings in, strings out."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

import texts.report as t
from reports.cells import visible
from reports.report_data import Quote
from texts.i18n import long_date, long_date_time

COLOURS = {
    "bar": "#2f6f9f",
    "agree": "#1a7f64",
    "disagree": "#c4432b",
    "pass": "#9aa4ae",
    "track": "#e8ecf0",
    "line": "#2f6f9f",
    "axis": "#8c959f",
}


@dataclass(frozen=True)
class Part:
    """A section of the report as rendered."""

    key: str  # its anchor in the document
    title: str
    body: str  # HTML


def share_text(count: int, total: int) -> str:
    """ "12 of 15, 80%": every share shown beside its counts."""
    if not total:
        return t.SHARE_OF_NONE.format(count=count, total=total)
    return t.SHARE.format(count=count, total=total, share=count / total)


def day(moment: datetime, zone: tzinfo) -> str:
    """ "4 May 2026" on the clock of `zone`, as the reader's language writes it ("4 de
    mayo de 2026")."""
    return long_date(_local(moment, zone))


def when(moment: datetime, zone: tzinfo) -> str:
    """ "4 May 2026, 10:00 UTC" on the clock of `zone`, as the reader's language writes it."""
    local = _local(moment, zone)
    return long_date_time(local, local.tzname() or "")


def _local(moment: datetime, zone: tzinfo) -> datetime:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(zone)


def e(text: object) -> str:
    """Text as itself in HTML, its invisible controls made visible."""
    return html.escape(visible(str(text)))


def words(text: str, lang: str | None = None, tag: str = "span", cls: str = "") -> str:
    """Someone's words (a member's, a title, a prompt): their direction read from the text
    itself, and their language where it is known."""
    attrs = ' dir="auto"' + (f' lang="{e(lang)}"' if lang else "")
    attrs += f' class="{cls}"' if cls else ""
    return f"<{tag}{attrs}>{e(text)}</{tag}>"


def para(*lines: str, cls: str = "") -> str:
    """Plain lines, one paragraph each."""
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{e(line)}</p>" for line in lines if line)


def items(parts: Iterable[str], tag: str = "ul", cls: str = "") -> str:
    """Ready-made HTML parts as the items of a list."""
    attr = f' class="{cls}"' if cls else ""
    inside = "".join(f"<li>{part}</li>" for part in parts)
    return f"<{tag}{attr}>{inside}</{tag}>" if inside else ""


def quotes(said: Sequence[Quote], limit: int) -> str:
    """Members' words as quotes, each with its pseudonym and tone; how many more, if any."""
    shown = []
    for q in said[:limit]:
        about = " · ".join(p for p in (q.member, t.FEELING_NAMES.get(q.mood, "")) if p)
        cite = f"<footer>{e(about)}</footer>" if about else ""
        shown.append(f"<blockquote>{words(q.text, tag='p')}{cite}</blockquote>")
    more = len(said) - limit
    return "".join(shown) + (para(t.RESULTS_MORE.format(n=more), cls="meta") if more > 0 else "")


@dataclass(frozen=True)
class Bar:
    label: str  # HTML, made with `e` or `words`
    value: str  # the numbers as words: "12 of 15, 80%"
    share: float  # of the longest bar (0..1)
    colour: str = COLOURS["bar"]


def bars(rows: Sequence[Bar], caption: str = "") -> str:
    """A small bar chart as a list: each row its label and numbers in text, its bar drawn."""
    if not rows:
        return ""
    head = f'<p class="caption">{e(caption)}</p>' if caption else ""
    body = "".join(
        f'<li><div class="label"><span>{row.label}</span> '
        f'<span class="value">{e(row.value)}</span></div>{bar(row.share, row.colour)}</li>'
        for row in rows
    )
    return f'{head}<ul class="bars">{body}</ul>'


def bar(share: float, colour: str = COLOURS["bar"]) -> str:
    """One bar, as wide as its share of the track."""
    width = _width(share)
    return (
        '<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">'
        f'<rect width="100" height="6" fill="{COLOURS["track"]}"/>'
        f'<rect width="{width}" height="6" fill="{colour}"/></svg>'
    )


def stacked(parts: Sequence[tuple[int, str]]) -> str:
    """One bar in parts (count, colour), each as wide as its share of the whole."""
    total = sum(n for n, _ in parts)
    rects, left = [f'<rect width="100" height="6" fill="{COLOURS["track"]}"/>'], 0.0
    for n, colour in parts:
        if n and total:
            width = 100 * n / total
            rects.append(f'<rect x="{left:.2f}" width="{width:.2f}" height="6" fill="{colour}"/>')
            left += width
    return (
        '<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">'
        + "".join(rects)
        + "</svg>"
    )


def _width(share: float) -> str:
    return f"{100 * min(max(share, 0.0), 1.0):.2f}"


def line_chart(values: Sequence[float], first: str, last: str, low: str, high: str) -> str:
    """Values from -1 to 1 over time as a line, with its axis: a zero line, the words for
    the top and the bottom, and the first and last times under it."""
    width, height, left, top, bottom = 320, 130, 56, 8, 22
    inner = height - top - bottom
    step = (width - left - 8) / max(len(values) - 1, 1)

    def y(v: float) -> float:
        return top + inner * (1 - (min(max(v, -1.0), 1.0) + 1) / 2)

    points = " ".join(f"{left + i * step:.1f},{y(v):.1f}" for i, v in enumerate(values))
    dots = "".join(
        f'<circle cx="{left + i * step:.1f}" cy="{y(v):.1f}" r="2.5" fill="{COLOURS["line"]}"/>'
        for i, v in enumerate(values)
    )
    axis = COLOURS["axis"]
    text = f'font-size="10" fill="{axis}"'
    return (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{e(t.CHART_SPAN.format(low=low, high=high, first=first, last=last))}">'
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + inner}" stroke="{axis}"/>'
        f'<line x1="{left}" y1="{y(0):.1f}" x2="{width - 4}" y2="{y(0):.1f}" stroke="{axis}" '
        'stroke-dasharray="3 3"/>'
        f'<text x="{left - 4}" y="{top + 8}" text-anchor="end" {text}>{e(high)}</text>'
        f'<text x="{left - 4}" y="{y(0) + 3:.1f}" text-anchor="end" {text}>0</text>'
        f'<text x="{left - 4}" y="{top + inner}" text-anchor="end" {text}>{e(low)}</text>'
        f'<polyline points="{points}" fill="none" stroke="{COLOURS["line"]}" stroke-width="2"/>'
        f"{dots}"
        f'<text x="{left}" y="{height - 6}" {text}>{e(first)}</text>'
        f'<text x="{width - 4}" y="{height - 6}" text-anchor="end" {text}>{e(last)}</text>'
        "</svg>"
    )
