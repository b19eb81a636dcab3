"""Who invited whom as GraphML (`codesign export CODE --format graphml`, `/export CODE
graphml`), for Gephi, yEd or networkx: a node per member (its id their pseudonym; its label
their pseudonym, or their name in an export with names), with how they came, whether they
took part, their opinion group, generation, participation and reach; a directed edge from
each inviter to each member who joined through their link. Written a node at a time with
the standard library (decision 0034): no graph is built in memory to write it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO
from xml.sax.saxutils import escape, quoteattr

import numpy as np

from reports.cells import visible
from reports.reach_figures import ReachFigures

# (id, type) of each node's attributes, in the order written
KEYS = (
    ("label", "string"),
    ("source", "string"),
    ("tag", "string"),
    ("activated", "boolean"),
    ("group", "string"),
    ("generation", "int"),
    ("joined", "string"),
    ("participation", "int"),
    ("reach", "int"),
)


def write_graphml(
    out: TextIO,
    found: ReachFigures,
    code: str,
    pseudonym: Callable[[int], str],
    label: Callable[[int], str],
) -> tuple[int, int]:
    """Write the session's invitation forest; returns (members, invitations)."""
    out.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for key, kind in KEYS:
        out.write(f'  <key id="{key}" for="node" attr.name="{key}" attr.type="{kind}"/>\n')
    out.write(f'  <graph id={quoteattr(_text(code))} edgedefault="directed">\n')
    graph, groups = found.graph, found.reach.groups
    forest = graph.forest
    reach = forest.below(graph.activated, np.add).tolist()
    depth = forest.depth.tolist()
    ids: list[str] = []
    taken: set[str] = set()
    for i, j in enumerate(graph.joined):
        node = pseudonym(j.member)
        while node in taken:  # two pseudonyms alike (odds below one in 400,000): kept apart
            node += "'"
        taken.add(node)
        ids.append(node)
        values = {
            "label": label(j.member) or node,
            "source": j.source,
            "tag": j.tag,
            "activated": "true" if j.activated is not None else "false",
            "group": groups.get(j.member),
            "generation": depth[i],
            "joined": datetime.fromtimestamp(j.joined, UTC).isoformat(timespec="seconds"),
            "participation": j.participation,
            "reach": reach[i],
        }
        data = "".join(
            f'<data key="{key}">{escape(_text(str(values[key])))}</data>'
            for key, _ in KEYS
            if values[key] is not None
        )
        out.write(f"    <node id={quoteattr(node)}>{data}</node>\n")
    edges = 0
    for i, p in enumerate(forest.parent.tolist()):
        if p >= 0:
            out.write(f"    <edge source={quoteattr(ids[p])} target={quoteattr(ids[i])}/>\n")
            edges += 1
    out.write("  </graph>\n</graphml>\n")
    return len(ids), edges


def _text(value: str) -> str:
    """Text XML can hold: invisible controls made visible (XML 1.0 forbids most)."""
    return visible(value)
