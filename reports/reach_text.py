"""The trust funnel, the cascades and the champions as words, for a session's team:
/funnel, /reach, /champions and their block in /stats (decision 0034). Pure: figures in,
lines out; members named by `label` (a pseudonym, or a name where the team may see names).
These are team views: breakdowns show their counts, small or not (the report and the
exports keep the small-cell rule)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence

import texts.reach as t
from reports.cascades import Cascades
from reports.champions import Champions, Suggestion
from reports.funnel import STAGES, Funnel, TrustFunnel
from reports.reach import SeedInfo

Label = Callable[[int | None], str]
ROWS = 10  # rows of a breakdown shown in a message
CHAMPIONS = 15
TREES = 5


def duration(seconds: float) -> str:
    """A time as people say it: 45 s, 12 min, 5 h, 3 days."""
    if seconds < 90:
        return t.SECONDS.format(n=round(seconds))
    if seconds < 90 * 60:
        return t.MINUTES.format(n=round(seconds / 60))
    if seconds < 36 * 3600:
        return t.HOURS.format(n=round(seconds / 3600))
    return t.DAYS.format(n=round(seconds / 86400))


def stage_lines(funnel: Funnel) -> list[str]:
    """A line per stage: how many reached it, of how many before, in what median time."""
    first = funnel.stages[0]
    lines = [t.STAGE_FIRST.format(name=t.STAGE_NAMES[first.name], count=first.count)]
    for before, stage in funnel.steps():
        name = t.STAGE_NAMES[stage.name]
        share = stage.conversion(before)
        if share is None:
            lines.append(t.STAGE_NEXT_NONE.format(name=name, count=stage.count))
            continue
        took = t.MEDIAN.format(time=duration(stage.median)) if stage.median is not None else ""
        lines.append(
            t.STAGE_NEXT.format(
                name=name,
                count=stage.count,
                kept=stage.kept,
                before=before.count,
                share=share,
                time=took,
            )
        )
    return lines


def source_name(source: Hashable) -> str:
    return t.SOURCE_NAMES.get(str(source), str(source))


def tag_name(tag: Hashable) -> str:
    return t.TAG_NAME.format(tag=tag)


def seed_name(seed: Hashable, seeds: Mapping[int, SeedInfo], label: Label) -> str:
    info = seeds.get(int(seed)) if isinstance(seed, int) else None
    if info is None:
        return f"#{seed}"
    words = t.SEED_NAMES.get(info.kind, t.SEED_NAMES["proposal"])
    return words.format(number=info.number, champion=label(info.champion))


def breakdown_lines(
    heading: str, funnels: Sequence[Funnel], name: Callable[[Hashable], str]
) -> list[str]:
    """A heading and a row per group (`ROWS` at most): its count at every stage."""
    if not funnels:
        return []
    lines = ["", heading]
    for f in funnels[:ROWS]:
        counts = " › ".join(str(s.count) for s in f.stages)
        lines.append(t.BREAKDOWN_ROW.format(name=name(f.key), counts=counts))
    if len(funnels) > ROWS:
        lines.append(t.MORE_ROWS.format(n=len(funnels) - ROWS))
    return lines


def funnel_sections(
    title: str, code: str, found: TrustFunnel, seeds: Mapping[int, SeedInfo], label: Label
) -> list[str]:
    """/funnel: the session's funnel, its breakdowns and where members stopped, as
    sections (each fits a message)."""
    if not found.session.size:
        return [t.FUNNEL_NONE.format(title=title)]
    head = [t.FUNNEL_HEAD.format(title=title, code=code), *stage_lines(found.session)]
    sections = ["\n".join([*head, "", t.FUNNEL_HOW])]
    parts = [
        *breakdown_lines(t.BY_SOURCE, found.sources, source_name),
        *breakdown_lines(t.BY_TAG, found.tags, tag_name),
        *breakdown_lines(t.BY_CHAMPION, found.champions, lambda k: label(int(str(k)))),
        *breakdown_lines(t.BY_SEED, found.seeds, lambda k: seed_name(k, seeds, label)),
    ]
    if parts:
        sections.append("\n".join([t.BREAKDOWN_LEGEND, *parts]))
    steps: list[str] = [t.STEPS_HEAD]
    for d in found.steps:
        line = t.STEP_ROW.format(step=d.step, reached=d.reached, stopped=d.stopped)
        steps.append(line + (t.STEP_WORST if d.worst else ""))
    sections.append("\n".join(steps if found.steps else [t.STEPS_NONE]))
    return sections


def reach_sections(
    title: str, code: str, found: Cascades, seeds: Mapping[int, SeedInfo], label: Label
) -> list[str]:
    """/reach: how many came through members, the cascades, reach by generation, the
    K-factor and the seeds."""
    if not found.members:
        return [t.REACH_NONE.format(title=title)]
    share = found.through_members / found.members
    lines = [
        t.REACH_HEAD.format(title=title, code=code),
        t.REACH_JOINED.format(members=found.members, through=found.through_members, share=share),
    ]
    largest = found.largest
    if largest is None:
        return ["\n".join([*lines, t.REACH_NO_CASCADES])]
    lines += [
        t.REACH_CASCADES.format(n=len(found.trees)),
        t.REACH_LARGEST.format(
            size=largest.size,
            root=label(largest.root),
            depth=largest.depth,
            activated=largest.activated,
            virality=largest.virality,
        ),
    ]
    took = [g for g in found.generations if g.number > 0]
    generations = ", ".join(t.GENERATION.format(n=g.number, count=g.activated) for g in took)
    lines.append(t.REACH_GENERATIONS.format(generations=generations))
    if found.k_factor is not None:
        lines.append(
            t.REACH_K.format(
                k=found.k_factor, activated=found.activated_invitees, inviters=found.inviters
            )
        )
    sections = ["\n".join([*lines, "", t.REACH_VIRALITY_HOW])]
    trees = [t.REACH_TREES] + [
        t.TREE_ROW.format(
            root=label(c.root), size=c.size, activated=c.activated, depth=c.depth,
            virality=c.virality,
        )
        for c in found.trees[:TREES]
    ]  # fmt: skip
    if len(found.trees) > TREES:
        trees.append(t.MORE_ROWS.format(n=len(found.trees) - TREES))
    if found.seeds:
        trees += ["", t.REACH_SEEDS]
        trees += [
            t.SEED_ROW.format(
                seed=seed_name(c.seed, seeds, label), joined=c.size - 1, activated=c.activated,
                depth=c.depth, virality=c.virality,
            )
            for c in found.seeds[:ROWS]
        ]  # fmt: skip
    sections.append("\n".join(trees))
    return sections


def champion_sections(title: str, found: Champions, label: Label) -> list[str]:
    """/champions: the ranking, who to involve next, and how many in each quadrant."""
    if not found.ranked:
        head = [t.CHAMPIONS_NONE.format(title=title)]
    else:
        head = [t.CHAMPIONS_HEAD.format(title=title)]
        for rank, c in enumerate(found.ranked[:CHAMPIONS], start=1):
            bridging = t.BRIDGING_NONE if c.bridging is None else t.BRIDGING.format(n=c.bridging)
            head.append(
                t.CHAMPION_ROW.format(
                    rank=rank, member=label(c.member), influence=c.influence, direct=c.direct,
                    generations=c.generations, bridging=bridging, participation=c.participation,
                )
            )  # fmt: skip
        if len(found.ranked) > CHAMPIONS:
            head.append(t.MORE_ROWS.format(n=len(found.ranked) - CHAMPIONS))
        head += ["", t.CHAMPIONS_HOW]
    more = [t.NEXT_HEAD, *(suggestion(s, label) for s in found.suggestions)]
    if not found.suggestions:
        more.append(t.NEXT_NONE)
    more += ["", t.QUADRANT_COUNTS.format(**{q: found.quadrants.get(q, 0) for q in t.QUADRANTS})]
    return ["\n".join(head), "\n".join(more)]


def suggestion(s: Suggestion, label: Label) -> str:
    if s.kind == "involve":
        return t.NEXT_INVOLVE.format(member=label(s.member), count=s.count, total=s.total)
    if s.kind == "invite":
        return t.NEXT_INVITE.format(member=label(s.member), count=s.count)
    share = s.count / s.total if s.total else 0.0
    if s.kind == "group":
        return t.NEXT_GROUP.format(
            group=s.key, count=s.count, total=s.total, share=share, overall=s.overall or 0.0
        )
    link = source_name(s.key) if s.kind == "source" else tag_name(s.key)
    return t.NEXT_LINK.format(
        link=link, count=s.count, total=s.total, share=share, overall=s.overall or 0.0
    )


def stats_lines(code: str, funnel: Funnel, found: Cascades) -> list[str]:
    """The short block of /stats: the funnel on one line, reach on another."""
    counts = {name: funnel.stage(name).count for name in STAGES}
    lines = [t.STATS_HEAD, t.STATS_FUNNEL.format(**counts)]
    largest = found.largest
    if largest is None or found.k_factor is None:
        lines.append(t.STATS_NO_REACH)
    else:
        lines.append(
            t.STATS_REACH.format(
                through=found.through_members, members=found.members,
                share=found.through_members / found.members, cascades=len(found.trees),
                size=largest.size, depth=largest.depth, k=found.k_factor,
            )
        )  # fmt: skip
    lines.append(t.STATS_MORE.format(code=code))
    return lines
