"""The shareable report (`codesign report`, /report): one HTML file a coordinator hands to a
council or posts to the community. It fetches nothing (no script, font, stylesheet or image
from anywhere; a Content-Security-Policy says so to the browser), reads on a phone
(responsive, one column) and prints (a print stylesheet: white paper, a page per section,
links' addresses written out).

The document is its head (community, title, team, dates, a few numbers) and then the
`SECTIONS` in order, each a function of `ReportData` to a `Part` or None (nothing to show):
a new section is one function and its place in that list. `usecases.report` gathers the
data."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

import texts.report as t
from reports import report_optional, report_reach, report_sections, uplift
from reports.markup import Part, day, e, when, words
from reports.report_data import ReportData, Staff
from texts.i18n import RIGHT_TO_LEFT, language

Section = Callable[[ReportData], Part | None]

SECTIONS: tuple[Section, ...] = (
    report_sections.asked,
    report_sections.participation,
    report_reach.funnel,
    report_optional.results,
    report_optional.themes,
    report_sections.proposals,
    report_sections.polls,
    report_sections.groups,
    report_sections.joining,
    report_reach.reach,
    report_optional.outcomes,
    report_sections.feelings,
    report_sections.reminders,
    uplift.section,
)

# what the page may load: nothing but its own styles and data: images
POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

STYLE = """
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d0d7de;--accent:#1a7f64;
--soft:#f6f8fa}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--ink);
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
.page{max-width:46rem;margin:0 auto;padding:1rem 1rem 3rem}
h1,h2,h3,p,li,blockquote{overflow-wrap:anywhere}
h1{font-size:1.7rem;line-height:1.2;margin:.25rem 0 .75rem}
h2{font-size:1.3rem;line-height:1.25;margin:0 0 .75rem;padding-top:.75rem;
border-top:3px solid var(--accent)}
h3{font-size:1.05rem;line-height:1.3;margin:1.25rem 0 .4rem}
p{margin:.4rem 0}
section{margin:2.5rem 0 0}
.kicker{color:var(--accent);font-weight:600;font-size:.9rem;margin:0}
.lede{font-size:1.05rem}
.meta,.note,.legend,footer{color:var(--muted);font-size:.9rem}
.note{font-style:italic}
.number{color:var(--muted);font-weight:600;font-variant-numeric:tabular-nums}
.badge{display:inline-block;margin-left:.3rem;padding:0 .5rem;border:1px solid var(--muted);
border-radius:1rem;color:var(--muted);font-size:.75rem;font-weight:600;vertical-align:.1em}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(6.5rem,1fr));gap:.5rem;
list-style:none;margin:1rem 0;padding:0}
.tiles li{background:var(--soft);border:1px solid var(--line);border-radius:.5rem;
padding:.5rem .75rem;font-size:.85rem;color:var(--muted);line-height:1.25}
.tiles b{display:block;color:var(--ink);font-size:1.5rem;font-variant-numeric:tabular-nums}
nav{background:var(--soft);border:1px solid var(--line);border-radius:.5rem;
padding:.5rem 1rem;margin:1.5rem 0}
nav h2{border:0;padding:0;margin:.25rem 0;font-size:1rem}
nav ol{margin:.25rem 0;padding-left:1.25rem}
@media (min-width:36rem){nav ol{columns:2;column-gap:2rem}}
a{color:#0b5cad}
.bars{list-style:none;margin:.5rem 0 1rem;padding:0}
.bars li{margin:.55rem 0}
.bars .label{display:flex;justify-content:space-between;align-items:baseline;gap:.25rem 1rem;
flex-wrap:wrap}
.bars .value{color:var(--muted);font-size:.9rem;white-space:nowrap;
font-variant-numeric:tabular-nums}
svg.bar{display:block;width:100%;height:.6rem;margin-top:.2rem;border-radius:.2rem}
svg.chart{display:block;width:100%;max-width:32rem;height:auto;margin:.5rem 0}
.legend span{display:inline-flex;align-items:center;gap:.3rem;margin-right:1rem}
.legend svg{width:.8rem;height:.8rem}
ol.asked{padding-left:1.5rem}
ol.asked li{margin:.75rem 0}
.prompt{margin:0;font-weight:600}
ul.proposals{list-style:none;padding:0;margin:0}
ul.proposals li{border-top:1px solid var(--line);padding:.6rem 0}
ul.proposals .text{margin:0 0 .2rem}
.votes{font-size:.9rem;font-variant-numeric:tabular-nums}
ol.ranked{padding-left:1.5rem}
ol.ranked li{margin:.35rem 0}
.withdrawn{color:var(--muted);font-style:italic}
.card{border:1px solid var(--line);border-radius:.5rem;padding:.25rem 1rem .5rem;margin:1rem 0}
.card h3{margin-top:.6rem}
blockquote{margin:.6rem 0;padding:.1rem .8rem;border-left:3px solid var(--line)}
blockquote footer{font-size:.8rem}
footer.page-end{border-top:1px solid var(--line);margin-top:3rem;padding-top:1rem}
@media (min-width:48rem){body{font-size:17px}.page{padding:2rem 2rem 4rem}h1{font-size:2.1rem}}
@media print{
@page{margin:1.6cm 1.4cm}
body{font-size:11pt;color:#000;background:#fff}
.page{max-width:none;padding:0}
nav{display:none}
.tiles li,nav{background:#fff}
section+section{break-before:page}
h2,h3{break-after:avoid}
.card,blockquote,.bars li,ul.proposals li,ol.asked li{break-inside:avoid}
a{color:#000;text-decoration:none}
a[href^="http"]:not(.url)::after{content:" (" attr(href) ")";font-size:.9em;
overflow-wrap:anywhere}
svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""


def render(r: ReportData, out: TextIO, sections: Sequence[Section] = SECTIONS) -> None:
    """Write the report as one HTML document."""
    s = r.stats
    lang = language()
    direction = "rtl" if lang in RIGHT_TO_LEFT else "ltr"
    parts = [part for section in sections if (part := section(r)) is not None]
    title = t.TITLE.format(title=s.title, community=r.community) if _named(r) else s.title
    out.write(
        f'<!doctype html>\n<html lang="{lang}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{e(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f'<body>\n<div class="page">\n{_head(r)}\n{_contents(parts)}\n<main>\n'
    )
    for part in parts:
        out.write(f'<section id="{part.key}">\n<h2>{e(part.title)}</h2>\n{part.body}\n</section>\n')
    made = t.MADE.format(when=when(r.made_at, r.zone), code=s.code)
    out.write(
        f'</main>\n<footer class="page-end"><p>{e(t.FOOTER)}</p><p>{e(made)}</p></footer>\n'
        "</div>\n</body>\n</html>\n"
    )


def _named(r: ReportData) -> bool:
    """The community has a name of its own (not the session's title again)."""
    return bool(r.community) and r.community != r.stats.title


def _head(r: ReportData) -> str:
    s = r.stats
    kicker = e(t.KICKER) + (e(t.KICKER_SEP) + words(r.community) if _named(r) else "")
    lines = [f'<p class="kicker">{kicker}</p>', words(s.title, tag="h1")]
    about = " ".join(p for p in (_team(r.team), _dates(r)) if p)
    lines.append(f'<p class="lede">{about}</p>')
    if r.segment is not None:
        cut = t.SEGMENT.format(name=r.segment, n=s.members)
        lines.append(f'<p class="note">{e(cut)}</p>')
    if r.link:
        lines.append(f'<p>{e(t.TAKE_PART)}<a class="url" href="{e(r.link)}">{e(r.link)}</a></p>')
    lines.append(_tiles(r))
    return "<header>\n" + "\n".join(lines) + "\n</header>"


def _team(team: Sequence[Staff]) -> str:
    organisers = _names(m.name for m in team if m.role == "organiser")
    coordinators = _names(m.name for m in team if m.role == "coordinator")
    if organisers and coordinators:
        return t.RUN_BY_WITH.format(organisers=organisers, coordinators=coordinators)
    if organisers:
        return t.RUN_BY.format(organisers=organisers)
    return t.COORDINATED_BY.format(coordinators=coordinators) if coordinators else ""


def _names(names: Iterable[str]) -> str:
    shown = [words(n) for n in names]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + e(t.AND) + shown[-1]


def _dates(r: ReportData) -> str:
    if r.opened_at is None:
        return e(t.NOT_OPENED)
    opened = day(r.opened_at, r.zone)
    if r.closed_at is not None and r.stats.status == "closed":
        return e(t.RAN.format(opened=opened, closed=day(r.closed_at, r.zone)))
    return e(t.OPEN_SINCE.format(opened=opened))


def _tiles(r: ReportData) -> str:
    s = r.stats
    shown = [p for p in s.proposals if r.moderated or not p.hidden]
    completed = next((st.count for st in s.funnel if st.name == "completed"), 0)
    numbers = {
        "joined": s.members,
        "completed": completed,
        "proposals": len(shown),
        "votes": sum(p.votes for p in shown),
        "polls": len(r.polls),
    }
    tiles = "".join(f"<li><b>{n}</b>{e(t.TILES[key])}</li>" for key, n in numbers.items())
    return f'<ul class="tiles">{tiles}</ul>'


def _contents(parts: Sequence[Part]) -> str:
    links = "".join(f'<li><a href="#{p.key}">{e(p.title)}</a></li>' for p in parts)
    return f'<nav aria-label="{e(t.CONTENTS)}"><h2>{e(t.CONTENTS)}</h2><ol>{links}</ol></nav>'
