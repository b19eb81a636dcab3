"""The pictures of reach (decision 0034), PNGs drawn on matplotlib's Agg canvas as
`reports.charts` draws /stats' (no pyplot, no display, safe off the event loop):

- the cascades: the largest invitation trees side by side, each laid out in layers (a
  generation a row, every parent centred over its children, leaves in turn), a member who
  took part filled, one who only joined hollow; at most `MAX_NODES` members drawn, the
  rest counted under the picture;
- power and interest: each member's influence (people who took part through them) against
  their own participation, the four quadrants named, the leading champions labelled."""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

import texts.reach as t
from reports.cascades import Cascades, Invitations
from reports.champions import Champions
from reports.charts import plain
from reports.summaries import short

WIDTH, HEIGHT, DPI = 1200, 800, 100
MAX_NODES = 400  # members drawn in the cascades at most
MAX_TREES = 8
NAMED = 6  # champions named on the power/interest picture
TOOK_PART, JOINED_ONLY, EDGE = "#1a7f64", "#ffffff", "#8c959f"
QUADRANT_COLOURS = {
    "key": "#1a7f64",
    "involve": "#d95f02",
    "invite": "#2f6f9f",
    "inform": "#9aa4ae",
}
LINEAR_UP_TO = 200  # beyond, the axis is logarithmic (linear up to 10)
Target = TypeVar("Target")
Label = Callable[[int | None], str]


def _figure() -> tuple[Any, Any]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI)
    FigureCanvasAgg(figure)
    return figure, figure.subplots()


def _save(figure: Any, path: Target) -> Target:
    figure.tight_layout()
    figure.savefig(path, format="png", dpi=DPI)
    return path


def chosen(found: Cascades, graph: Invitations) -> tuple[list[int], int]:
    """The nodes to draw (parents before children): the largest trees while they fit in
    `MAX_NODES` (the first always, cut a generation at a time if it alone does not); and
    how many members of the cascades are left out."""
    index = {member: i for i, member in enumerate(graph.ids)}
    forest = graph.forest
    drawn: list[int] = []
    total = sum(c.size for c in found.trees)
    for c in found.trees[:MAX_TREES]:
        root = index[c.root]
        if drawn and len(drawn) + c.size > MAX_NODES:
            break
        nodes, at = [root], 0
        while at < len(nodes) and len(drawn) + len(nodes) < MAX_NODES:
            room = MAX_NODES - len(drawn) - len(nodes)
            nodes.extend(forest.children(nodes[at])[:room])
            at += 1
        drawn += nodes
    return drawn, total - len(drawn)


def layout(nodes: list[int], parent: list[int]) -> dict[int, tuple[float, int]]:
    """(x, generation) per node: leaves one apart in order, a parent over the middle of its
    children, trees side by side."""
    inside = set(nodes)
    kids: dict[int, list[int]] = {n: [] for n in nodes}
    roots = []
    for n in nodes:
        p = parent[n]
        if p in inside:
            kids[p].append(n)
        else:
            roots.append(n)
    placed: dict[int, tuple[float, int]] = {}
    x = 0.0
    for root in roots:
        stack: list[tuple[int, int, bool]] = [(root, 0, False)]
        while stack:  # after every child, the parent: no recursion, however deep
            node, depth, done = stack.pop()
            if not kids[node]:
                placed[node] = (x, depth)
                x += 1
            elif done:
                first, last = placed[kids[node][0]][0], placed[kids[node][-1]][0]
                placed[node] = ((first + last) / 2, depth)
            else:
                stack.append((node, depth, True))
                stack.extend((k, depth + 1, False) for k in reversed(kids[node]))
        x += 1  # a gap between trees
    return placed


def draw_cascades(
    found: Cascades, graph: Invitations, title: str, label: Label, path: Target
) -> Target:
    """The largest cascades as layered trees (PNG, WIDTH x HEIGHT)."""
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    with warnings.catch_warnings():  # a glyph the font lacks (an emoji) is left out
        warnings.simplefilter("ignore")
        figure, ax = _figure()
        ax.set_title(plain(t.TREE_TITLE.format(title=short(title, 60))), fontsize=14)
        nodes, left_out = chosen(found, graph)
        if not nodes:
            ax.text(0.5, 0.5, t.TREE_NONE, ha="center", va="center", wrap=True)
            ax.set_axis_off()
            return _save(figure, path)
        parent = graph.forest.parent.tolist()
        at = layout(nodes, parent)
        edges = [
            [(at[p][0], -at[p][1]), (at[n][0], -at[n][1])] for n in nodes if (p := parent[n]) in at
        ]
        ax.add_collection(LineCollection(edges, colors=EDGE, linewidths=0.8, zorder=1))
        size = max(12.0, min(90.0, 9000 / len(nodes)))
        roots = [n for n in nodes if parent[n] not in at]
        took = graph.activated.tolist()
        for filled, colour in ((True, TOOK_PART), (False, JOINED_ONLY)):
            mine = [n for n in nodes if bool(took[n]) == filled and n not in roots]
            ax.scatter([at[n][0] for n in mine], [-at[n][1] for n in mine], s=size,
                       c=colour, edgecolors=TOOK_PART if filled else EDGE, zorder=2)  # fmt: skip
        ax.scatter([at[n][0] for n in roots], [0] * len(roots), s=size * 1.8, marker="s",
                   c="#1f2328", zorder=3)  # fmt: skip
        right = max(x for x, _ in at.values())
        named = -math.inf
        for n in roots:  # each root named, where its name does not run into the last one's
            if at[n][0] - named >= max(right, 1) / 9:
                named = at[n][0]
                ax.annotate(plain(label(graph.ids[n])), (at[n][0], 0), xytext=(0, 10),
                            textcoords="offset points", ha="center", fontsize=9)  # fmt: skip
        depth = max(g for _, g in at.values())
        ax.set_yticks([-g for g in range(depth + 1)],
                      [t.TREE_GENERATION.format(n=g) for g in range(depth + 1)])  # fmt: skip
        ax.set_ylim(-depth - 0.6, 0.8)
        ax.set_xlim(-1 - right * 0.03, right + 1 + right * 0.03)
        ax.set_xticks([])
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
        keys = [
            Line2D([], [], marker="o", ls="", color=TOOK_PART, label=t.TREE_TOOK_PART),
            Line2D([], [], marker="o", ls="", mfc=JOINED_ONLY, mec=EDGE, label=t.TREE_JOINED_ONLY),
        ]
        ax.legend(handles=keys, loc="lower right", fontsize=9)
        if left_out:
            ax.set_xlabel(t.TREE_CUT.format(n=left_out), fontsize=9, color="#59636e")
        return _save(figure, path)


def draw_power(found: Champions, title: str, label: Label, path: Target) -> Target:
    """Influence against participation, the quadrants named (PNG, WIDTH x HEIGHT)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        figure, ax = _figure()
        ax.set_title(plain(t.PICTURE_TITLE.format(title=short(title, 60))), fontsize=14)
        if not found.points:
            ax.text(0.5, 0.5, t.PICTURE_NONE, ha="center", va="center")
            ax.set_axis_off()
            return _save(figure, path)
        for q, colour in QUADRANT_COLOURS.items():
            mine = [p for p in found.points if p.quadrant == q]
            ax.scatter([p.participation + _jitter(p.member) for p in mine],
                       [p.influence + _jitter(p.member * 7) for p in mine], s=26, c=colour,
                       alpha=0.6, edgecolors="none")  # fmt: skip
        x_cut, y_cut = found.participation_high - 0.5, found.influence_high - 0.5
        top_x = max(*(p.participation for p in found.points), x_cut * 2, 2.0)
        top_y = max(*(p.influence for p in found.points), y_cut * 2, 2.0)
        for axis, top, limits in ((ax.xaxis, top_x, ax.set_xlim), (ax.yaxis, top_y, ax.set_ylim)):
            if top > LINEAR_UP_TO:
                _logarithmic(ax, axis)
                limits(-0.5, top * 3)
            else:  # room in the corners for the quadrants' names
                limits(-0.15 * top, top * 1.15)
                axis.get_major_locator().set_params(integer=True)
        ax.axvline(x_cut, color=EDGE, linestyle="--", linewidth=1)
        ax.axhline(y_cut, color=EDGE, linestyle="--", linewidth=1)
        corners = {
            "key": (0.98, 0.98, "right", "top"),
            "involve": (0.02, 0.98, "left", "top"),
            "invite": (0.98, 0.02, "right", "bottom"),
            "inform": (0.02, 0.02, "left", "bottom"),
        }
        for q, (x, y, ha, va) in corners.items():
            ax.text(x, y, t.QUADRANTS[q], transform=ax.transAxes, ha=ha, va=va, fontsize=10,
                    color=QUADRANT_COLOURS[q], wrap=True,
                    bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8})  # fmt: skip
        placed: list[tuple[float, float]] = []
        for c in [c for c in found.ranked if c.influence][:NAMED]:
            x, y = c.participation + _jitter(c.member), c.influence + _jitter(c.member * 7)
            if any(abs(x - a) < top_x / 8 and abs(y - b) < top_y / 25 for a, b in placed):
                continue  # a name over another's: the first (reaching more) is kept
            placed.append((x, y))
            ax.annotate(plain(label(c.member)), (x, y), xytext=(6, 4),
                        textcoords="offset points", fontsize=9)  # fmt: skip
        ax.set_xlabel(t.PICTURE_X)
        ax.set_ylabel(t.PICTURE_Y)
        return _save(figure, path)


def _jitter(member: int) -> float:
    """A small shift, the same for a member every time, so members at one spot show."""
    return ((member * 2654435761) % 1000 / 1000 - 0.5) * 0.3


def _logarithmic(ax: Any, axis: Any) -> None:
    from matplotlib.ticker import ScalarFormatter

    (ax.set_xscale if axis is ax.xaxis else ax.set_yscale)("symlog", linthresh=10)
    axis.set_major_formatter(ScalarFormatter())
