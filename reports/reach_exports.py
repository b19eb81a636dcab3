"""The trust funnel and the cascades in the exports (decision 0034): the `funnel` and
`cascade` values of the JSON export, and `funnel.csv` of the spreadsheets. A breakdown's
group (a source, a tag, a champion's invitees, a seed) of fewer than `SMALL` people is
written without its figures, as "fewer than 5"; so is the spread of a champion's reach
across opinion groups. Members appear as the export shows them (`label`)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, TextIO

import texts.reach
import texts.reports
from reports.cells import SMALL, csv_cell, small
from reports.funnel import STAGES, Funnel
from reports.reach import SeedInfo
from reports.reach_figures import ReachFigures

Label = Callable[[int | None], str]


def _stages(f: Funnel) -> list[dict[str, Any]]:
    first = f.stages[0]
    rows: list[dict[str, Any]] = [{"stage": first.name, "count": first.count}]
    for before, stage in f.steps():
        share = stage.conversion(before)
        rows.append(
            {
                "stage": stage.name,
                "count": stage.count,
                "from_stage_before": stage.kept,
                "conversion": None if share is None else round(share, 4),
                "median_seconds": None if stage.median is None else round(stage.median, 1),
            }
        )
    return rows


def seed_key(seed: Hashable, seeds: Mapping[int, SeedInfo], label: Label) -> dict[str, Any]:
    info = seeds.get(int(seed)) if isinstance(seed, int) else None
    if info is None:
        return {"seed": seed}
    return {"kind": info.kind, "number": info.number, "champion": label(info.champion)}


def _groups(
    funnels: Sequence[Funnel], name: Callable[[Hashable], Any], field: str
) -> list[dict[str, Any]]:
    return [
        {field: name(f.key), "fewer_than": SMALL}
        if small(f.size)
        else {field: name(f.key), "stages": _stages(f)}
        for f in funnels
    ]


def funnel_json(found: ReachFigures, label: Label) -> dict[str, Any]:
    """The trust funnel: the session's stages, each breakdown, where members stopped."""
    f, seeds = found.funnel, found.reach.seeds
    return {
        "stages": _stages(f.session),
        "by_source": _groups(f.sources, str, "source"),
        "by_tag": _groups(f.tags, str, "tag"),
        "by_champion": _groups(f.champions, lambda k: label(int(str(k))), "champion"),
        "by_seed": _groups(f.seeds, lambda k: seed_key(k, seeds, label), "seed"),
        "flow_steps": [
            {"step": d.step, "reached": d.reached, "stopped": d.stopped, "most_stopped": d.worst}
            for d in f.steps
        ],
    }


def cascade_json(found: ReachFigures, label: Label) -> dict[str, Any]:
    """The cascades, reach by generation, the K-factor, the seeds and the champions."""
    c, seeds = found.cascades, found.reach.seeds

    def tree(t: Any) -> dict[str, Any]:
        return {
            "root": label(t.root),
            "members": t.size,
            "took_part": t.activated,
            "generations": t.depth,
            "structural_virality": round(t.virality, 4),
            "took_part_by_generation": list(t.by_generation),
        }

    return {
        "members": c.members,
        "through_members": c.through_members,
        "inviters": c.inviters,
        "invitees_who_took_part": c.activated_invitees,
        "k_factor": None if c.k_factor is None else round(c.k_factor, 4),
        "generations": [
            {"generation": g.number, "joined": g.joined, "took_part": g.activated}
            for g in c.generations
        ],
        "cascades": [tree(t) for t in c.trees],
        "seeds": [{**seed_key(t.seed, seeds, label), **tree(t)} for t in c.seeds],
        "champions": [
            {
                "member": label(m.member),
                "invited": m.invited,
                "invited_who_took_part": m.direct,
                "reach": m.influence,
                "generations": m.generations,
                "opinion_groups_reached": None if small(m.influence) else m.bridging,
                "participation": m.participation,
            }
            for m in found.champions.ranked
        ],
    }


def write_funnel_csv(out: TextIO, found: ReachFigures, label: Label) -> int:
    """`funnel.csv`: a row for the session and one per source, tag, champion and seed:
    how many reached each stage, and the median hours from the stage before; returns how
    many rows."""
    writer = csv.writer(out)
    head = ["breakdown", "group", *STAGES, *(f"hours_to_{s}" for s in STAGES[1:]), "note"]
    names = texts.reports.COLUMNS  # headings and the breakdowns' names in the reader's words
    writer.writerow([names.get(column, column) for column in head])
    f, seeds = found.funnel, found.reach.seeds

    def seed_name(k: Hashable) -> str:
        key = seed_key(k, seeds, label)
        return f"{key.get('kind', 'seed')} {key.get('number', k)} {key.get('champion', '')}".strip()

    groups: list[tuple[str, Callable[[Hashable], str], Sequence[Funnel]]] = [
        ("session", lambda k: "", (f.session,)),
        ("source", str, f.sources),
        ("tag", str, f.tags),
        ("champion", lambda k: label(int(str(k))), f.champions),
        ("seed", seed_name, f.seeds),
    ]
    n = 0
    for breakdown, name, funnels in groups:
        for one in funnels:
            key = name(one.key)
            shown = names.get(key, key) if breakdown == "source" else key
            cells: list[Any] = [names.get(breakdown, breakdown), csv_cell(shown)]
            if breakdown != "session" and small(one.size):
                cells += [""] * (2 * len(STAGES) - 1)
                cells.append(texts.reach.FEWER_THAN.format(least=SMALL))
            else:
                cells += [s.count for s in one.stages]
                cells += [
                    "" if s.median is None else round(s.median / 3600, 2) for s in one.stages[1:]
                ]
                cells.append("")
            writer.writerow(cells)
            n += 1
    return n
