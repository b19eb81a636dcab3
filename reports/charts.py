"""The stats chart: one PNG of four panels (the participation funnel, replies to reprompts,
sentiment over time, and the proposals' votes). A panel with too little to draw (sentiment
at fewer than `FEW_POINTS` times) says so instead. matplotlib's Agg canvas on a `Figure` of
its own: no pyplot, no display, safe off the event loop."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import texts.reports
from reports.figures import RANK_FROM, SessionStats, proposal_number, reply_share
from reports.summaries import short

WIDTH, HEIGHT, DPI = 1200, 900, 100  # pixels of the PNG
FEW_POINTS = 3  # times with sentiment below which no line is drawn
COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02")
Target = TypeVar("Target", Path, BinaryIO)  # what draw() writes to is what it gives back


def draw(s: SessionStats, path: Target) -> Target:
    """Write the chart of `s` to `path` or a binary file (PNG, WIDTH x HEIGHT pixels)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with warnings.catch_warnings():  # a glyph the font lacks (an emoji) is left out
        warnings.simplefilter("ignore")
        figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI)
        FigureCanvasAgg(figure)
        axes = figure.subplots(2, 2)
        _funnel(axes[0][0], s)
        _replies(axes[0][1], s)
        _moods(axes[1][0], s)
        _votes(axes[1][1], s)
        figure.suptitle(plain(short(s.title, 80)), fontsize=14)
        figure.tight_layout(rect=(0, 0, 1, 0.96))
        figure.savefig(path, format="png", dpi=DPI)
    return path


def plain(text: str) -> str:
    """Text as written: matplotlib reads what stands between two `$` as mathtext (a title
    with `$\\frac{` would stop the chart), an escaped `\\$` as a dollar sign."""
    return text.replace("$", r"\$")


def _funnel(ax: Any, s: SessionStats) -> None:
    names = [texts.reports.STATS_STAGE_NAMES[stage.name] for stage in s.funnel]
    counts = [stage.count for stage in s.funnel]
    bars = ax.barh(names[::-1], counts[::-1], color=COLOURS[0])
    ax.bar_label(bars, padding=3)
    ax.set_title(texts.reports.STATS_FUNNEL)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, max([*counts, 1]) * 1.15)


def _replies(ax: Any, s: SessionStats) -> None:
    kinds = [texts.reports.REPROMPT_NAMES[r.kind] for r in s.rates]
    shares = [100 * (reply_share(r) or 0.0) for r in s.rates]
    bars = ax.bar(range(len(kinds)), shares, color=COLOURS[1])
    ax.bar_label(bars, labels=[f"{r.answered}/{r.sent}" for r in s.rates], padding=3)
    ax.set_xticks(range(len(kinds)), [k.replace(" ", "\n", 1) for k in kinds], fontsize=8)
    ax.set_ylim(0, 115)
    ax.set_ylabel(texts.reports.CHART_ANSWERED)
    ax.set_title(texts.reports.STATS_REPLIES)


def _moods(ax: Any, s: SessionStats) -> None:
    ax.set_title(texts.reports.CHART_MOODS.format(unit="hour" if s.hourly else "day"))
    if len(s.moods) < FEW_POINTS:  # a dot or two is no line over time
        said = texts.reports.STATS_NO_MOODS if not s.moods else texts.reports.STATS_FEW_MOODS
        ax.text(0.5, 0.5, said, ha="center", va="center", wrap=True)
        ax.set_axis_off()
        return
    x = range(len(s.moods))
    ax.axhline(0, color="#999999", linewidth=0.8)
    mean = texts.reports.CHART_MEAN
    ax.plot(x, [m.mean for m in s.moods], marker="o", color=COLOURS[2], label=mean)
    ax.set_ylim(-1, 1)
    ax.set_ylabel(mean)
    counts = ax.twinx()
    counts.bar(x, [m.messages for m in s.moods], alpha=0.2, color=COLOURS[2])
    counts.set_ylabel(texts.reports.CHART_TEXTS)
    counts.yaxis.get_major_locator().set_params(integer=True)
    step = max(1, len(s.moods) // 8)
    ax.set_xticks(list(x)[::step], [m.bucket[5:] for m in s.moods][::step], fontsize=8)


def _votes(ax: Any, s: SessionStats) -> None:
    top = s.ranked
    ax.set_title(texts.reports.STATS_RANKED)
    if not top:
        said = (
            texts.reports.STATS_TOO_FEW_TO_RANK.format(least=RANK_FROM)
            if s.too_few_to_rank
            else texts.reports.STATS_NO_VOTES
        )
        ax.text(0.5, 0.5, said, ha="center", va="center", wrap=True)
        ax.set_axis_off()
        return
    labels = [proposal_number(t.number) for t in top][::-1]
    parts = (("agree", "#1b9e77"), ("disagree", "#d95f02"), ("passed", "#bbbbbb"))
    left = [0] * len(top)
    for name, colour in parts:
        values = [getattr(t, name) for t in top][::-1]
        label = texts.reports.CHART_VOTES[name]
        ax.barh(labels, values, left=left, color=colour, label=label)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.legend(loc="lower right", fontsize=8)
    ax.xaxis.get_major_locator().set_params(integer=True)
