"""The report's sections on how people came (decision 0034): the trust funnel (each stage a
bar, the sources and tags of the links, where members stopped in the questions) and reach
(how many came through members, the cascades, who took part by generation, the members
whose invitations reached most). Members only under pseudonyms; a group of fewer than
`SMALL` people (a source, a tag, a seed, a champion's reach) is never shown broken down."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

import texts.reach as words
import texts.report as t
from reports.cells import SMALL, small
from reports.funnel import Funnel
from reports.markup import Bar, Part, bars, e, items, para, share_text
from reports.reach_figures import ReachFigures
from reports.reach_text import duration, source_name, tag_name
from reports.report_data import ReportData

CHAMPIONS = 5  # champions named in the report


def funnel(r: ReportData) -> Part | None:
    found = r.stats.reach
    if found is None:
        return None
    whole = found.funnel.session
    if not whole.size:
        return Part("funnel", t.FUNNEL, para(t.FUNNEL_NONE))
    rows = []
    for before, stage in [(None, whole.stages[0]), *whole.steps()]:
        value = share_text(stage.count, whole.size)
        if before is not None and stage.median is not None and stage.kept:
            value += t.FUNNEL_TOOK.format(time=duration(stage.median))
        rows.append(Bar(e(words.STAGE_NAMES[stage.name]), value, stage.count / whole.size))
    body = para(t.FUNNEL_LEDE) + bars(rows)
    body += _breakdown(t.FUNNEL_SOURCES, found.funnel.sources, source_name)
    body += _breakdown(t.FUNNEL_TAGS, found.funnel.tags, tag_name)
    stops = [d for d in found.funnel.steps if d.reached]
    # each step by its question as members read it (its short label), not its id
    named = {q.step_id: q.label or q.prompt for q in r.stats.questions}
    if stops:
        body += f"<h3>{e(t.FUNNEL_STEPS)}</h3>"
        body += items(
            e(
                t.FUNNEL_STEP.format(
                    step=named.get(d.step, d.step), stopped=d.stopped, reached=d.reached
                )
            )
            + (f" <strong>{e(t.FUNNEL_WORST)}</strong>" if d.worst else "")
            for d in stops
        )
    return Part("funnel", t.FUNNEL, body + para(t.FUNNEL_HOW, cls="note"))


def _breakdown(heading: str, funnels: Sequence[Funnel], name: Callable[[Hashable], str]) -> str:
    """Each group's people who opened, joined and took part; a small group said as such."""
    if not funnels:
        return ""
    rows = []
    for f in funnels:
        if small(f.size):
            rows.append(e(t.FUNNEL_ROW_SMALL.format(name=name(f.key), least=SMALL)))
            continue
        rows.append(
            e(
                t.FUNNEL_ROW.format(
                    name=name(f.key),
                    opened=f.size,
                    joined=f.stage("joined").count,
                    answered=f.stage("answered").count,
                )
            )
        )
    return f"<h3>{e(heading)}</h3>" + items(rows)


def reach(r: ReportData) -> Part | None:
    found = r.stats.reach
    if found is None:
        return None
    c = found.cascades
    if not c.members:
        return Part("reach", t.REACH, para(t.REACH_NONE))
    body = para(t.REACH_LEDE.format(through=share_text(c.through_members, c.members)))
    largest = c.largest
    if largest is None or c.k_factor is None:
        return Part("reach", t.REACH, body + para(words.REACH_NO_CASCADES))
    body += para(
        t.REACH_CASCADES.format(
            n=len(c.trees), size=largest.size, depth=largest.depth, virality=largest.virality
        ),
        t.REACH_K.format(k=c.k_factor, activated=c.activated_invitees, inviters=c.inviters),
    )
    took = [g for g in c.generations if g.number > 0]
    most = max((g.activated for g in took), default=0) or 1
    body += f"<h3>{e(t.REACH_GENERATIONS)}</h3>" + bars(
        [
            Bar(e(words.TREE_GENERATION.format(n=g.number)), str(g.activated), g.activated / most)
            for g in took
        ]
    )
    body += _champions(found, r.stats.authors)
    return Part("reach", t.REACH, body + para(t.REACH_HOW, cls="note"))


def _champions(found: ReachFigures, authors: dict[int, str]) -> str:
    """The members whose invitations reached most, by pseudonym; those who reached fewer
    than SMALL people only counted (so is the opinion groups' spread of a small reach)."""
    reached = [c for c in found.champions.ranked if c.influence]
    named = [c for c in reached if not small(c.influence)][:CHAMPIONS]
    others = sum(1 for c in reached if small(c.influence))
    if not reached:
        return ""
    rows = [
        e(t.CHAMPION.format(member=authors.get(c.member, ""), n=c.influence))
        if c.bridging is None
        else e(
            t.CHAMPION_GROUPS.format(
                member=authors.get(c.member, ""), n=c.influence, groups=c.bridging
            )
        )
        for c in named
    ]
    out = f"<h3>{e(t.CHAMPIONS)}</h3>" + items(rows, "ol")
    return out + (para(t.CHAMPIONS_OTHERS.format(n=others, least=SMALL)) if others else "")
