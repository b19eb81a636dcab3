"""How well does the sentiment analyser agree with people? (human-rated texts, offline)

    .venv/bin/python -m bench.sentiment [--json] [--data DIR]

Reads the four human-rated sets of the VADER paper (Hutto & Gilbert, ICWSM 2014) from
`../shared/data/sentiment/` beside the repository (or `SENTIMENT_DATA`, or `--data`): one
text a line, `id<TAB>mean rating<TAB>text`, the mean of about 20 people's ratings on -4..4.

For each set and each analyser (TextBlob alone as the project shipped it, `TextBlob(text)
.sentiment.polarity`; VADER alone, `SentimentIntensityAnalyzer().polarity_scores(text)
["compound"]`; and what the project ships, `dialogs.sentiment.analyse(text)`), it prints:

- **r**: Pearson correlation of the polarity with the human mean (an unknown text counts
  as polarity 0.0);
- **acc / F1 (flow)**: 3-class accuracy and macro-F1 with the shipped flows' default
  thresholds on both sides: a text is negative when polarity < -0.2, positive when
  polarity > 0.4, else neutral; the people's class is the same rule on mean / 4 (negative
  below a mean of -0.8, positive above 1.6). An analyser that matched people's scale
  exactly would score 1.0;
- **acc / F1 (±0.05)**: the same with -0.05 / 0.05 on both sides (the VADER paper's rule);
- **unknown**: the share of texts the analyser classed "unknown" (they count as wrong in
  both classifications);
- **texts/s**: wall-clock texts per second, one process, after a warm-up call.

Then it cross-validates the one weight of the shipped analyser fitted on these data (BLEND
in dialogs/sentiment/) leave-one-set-out: for each set, BLEND is chosen on the other
three sets (the best mean r, in steps of 0.05) and the held-out set is scored with it.
SCALE is not fitted (1.0); the last columns show what fitting it too (the best mean
macro-F1 under the flow rule on the other three sets) would give on the held-out set.
Nothing else in the analyser is fitted to these data.

The rules were written while looking at one half of each set only (ids whose CRC-32 is
even); the figures for that half and for the other half are printed too.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dialogs import sentiment

SETS = {
    "tweets": "tweets_GroundTruth.txt",
    "amazon": "amazonReviewSnippets_GroundTruth.txt",
    "movies": "movieReviewSnippets_GroundTruth.txt",
    "nyt": "nytEditorialSnippets_GroundTruth.txt",
}
FLOW = (-0.2, 0.4)  # the shipped flows' default thresholds (park_redesign.yaml)
PAPER = (-0.05, 0.05)  # the VADER paper's rule
AIMS = {"tweets": 0.90, "amazon": 0.65, "movies": 0.52, "nyt": 0.55}
GRID_BLEND = [i / 20 for i in range(21)]
GRID_SCALE = [0.5 + i / 20 for i in range(21)]


def data_dir(override: str | None = None) -> Path:
    if override:
        return Path(override)
    if os.environ.get("SENTIMENT_DATA"):
        return Path(os.environ["SENTIMENT_DATA"])
    return Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "sentiment"


@dataclass(frozen=True)
class Rated:
    id: str
    mean: float  # -4..4
    text: str

    @property
    def design_half(self) -> bool:
        return zlib.crc32(self.id.encode()) % 2 == 0


def read_set(path: Path) -> list[Rated]:
    """`id<TAB>mean rating<TAB>text` lines (CRLF, last line unterminated)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ident, mean, text = line.split("\t")
            rows.append(Rated(ident, float(mean), text))
    return rows


# --- measures -------------------------------------------------------------------------------


def label(value: float | None, bounds: tuple[float, float]) -> str:
    if value is None:
        return "unknown"
    low, high = bounds
    return "negative" if value < low else "positive" if value > high else "neutral"


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    if len(set(xs)) < 2:
        return 0.0
    return statistics.correlation(xs, ys)


def accuracy_f1(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float]:
    """Accuracy and macro-F1 over the three gold classes ("unknown" is always wrong)."""
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)
    scores = []
    for cls in ("negative", "neutral", "positive"):
        tp = sum(g == cls and p == cls for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != cls and p == cls for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == cls and p != cls for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return accuracy, sum(scores) / len(scores)


def measures(rows: Sequence[Rated], scores: Sequence[float | None]) -> dict[str, float]:
    means = [r.mean for r in rows]
    polarity = [0.0 if s is None else s for s in scores]
    result = {"r": pearson(polarity, means)}
    for name, bounds in (("flow", FLOW), ("paper", PAPER)):
        gold = [label(m / 4, bounds) for m in means]
        acc, f1 = accuracy_f1(gold, [label(s, bounds) for s in scores])
        result[f"acc_{name}"], result[f"f1_{name}"] = acc, f1
    result["unknown"] = sum(s is None for s in scores) / len(scores)
    return result


# --- analysers ------------------------------------------------------------------------------


def textblob_alone() -> Callable[[str], float | None]:
    from textblob import TextBlob

    return lambda text: float(TextBlob(text).sentiment.polarity)


def vader_alone() -> Callable[[str], float | None]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    return lambda text: analyser.polarity_scores(text)["compound"]


def shipped() -> Callable[[str], float | None]:
    def score(text: str) -> float | None:
        result = sentiment.analyse(text)
        return result.polarity if result.known else None

    return score


ANALYSERS = {"textblob": textblob_alone, "vader": vader_alone, "shipped": shipped}


def timed(score: Callable[[str], float | None], rows: Sequence[Rated]):
    score("warm up: load the lexicons")
    start = time.perf_counter()
    scores = [score(r.text) for r in rows]
    return scores, len(rows) / (time.perf_counter() - start)


# --- cross-validation of the fitted weight ---------------------------------------------------


def _scored(parts: Sequence[sentiment.Components], weight: float, scale: float):
    return [sentiment.blend(p, weight, scale) if p.known else None for p in parts]


def fit_blend(
    data: dict[str, list[Rated]], parts: dict[str, list[sentiment.Components]], names: list[str]
) -> float:
    """The BLEND with the best mean Pearson r over the sets `names` (ties: nearer 0.5)."""

    def mean_r(weight: float) -> float:
        return statistics.fmean(
            measures(data[n], _scored(parts[n], weight, 1.0))["r"] for n in names
        )

    return max(GRID_BLEND, key=lambda w: (mean_r(w), -abs(w - 0.5)))


def fit_scale(
    data: dict[str, list[Rated]],
    parts: dict[str, list[sentiment.Components]],
    names: list[str],
    weight: float,
) -> float:
    """The SCALE with the best mean flow-rule macro-F1 over `names` (not shipped: see README)."""

    def mean_f1(scale: float) -> float:
        return statistics.fmean(
            measures(data[n], _scored(parts[n], weight, scale))["f1_flow"] for n in names
        )

    return max(GRID_SCALE, key=lambda s: (mean_f1(s), -abs(s - 1.0)))


def cross_validate(
    data: dict[str, list[Rated]], parts: dict[str, list[sentiment.Components]]
) -> dict[str, Any]:
    """Leave one set out: fit on the other three, score the held-out set."""
    folds = {}
    for held in data:
        others = [n for n in data if n != held]
        weight = fit_blend(data, parts, others)
        scale = fit_scale(data, parts, others, weight)
        scaled = measures(data[held], _scored(parts[held], weight, scale))
        folds[held] = {
            "blend": weight,
            **measures(data[held], _scored(parts[held], weight, sentiment.SCALE)),
            "fitted_scale": scale,
            "fitted_scale_f1_flow": scaled["f1_flow"],
        }
    return {"folds": folds, "blend_on_all_sets": fit_blend(data, parts, list(data))}


# --- the run ---------------------------------------------------------------------------------


def run(directory: Path) -> dict[str, Any]:
    data = {name: read_set(directory / file) for name, file in SETS.items()}
    results: dict[str, Any] = {
        "data": str(directory),
        "texts": {n: len(rows) for n, rows in data.items()},
        "shipped_weights": {"blend": sentiment.BLEND, "scale": sentiment.SCALE},
        "analysers": {},
    }
    for name, make in ANALYSERS.items():
        score = make()
        per_set = {}
        for set_name, rows in data.items():
            scores, rate = timed(score, rows)
            per_set[set_name] = {**measures(rows, scores), "texts_per_s": rate}
            if name == "shipped":
                for half, flag in (("design_half", True), ("other_half", False)):
                    chosen = [(r, s) for r, s in zip(rows, scores, strict=True)]
                    chosen = [(r, s) for r, s in chosen if r.design_half == flag]
                    per_set[set_name][half] = measures(
                        [r for r, _ in chosen], [s for _, s in chosen]
                    )
        results["analysers"][name] = per_set
    parts = {n: [sentiment.components(r.text) for r in rows] for n, rows in data.items()}
    results["cross_validation"] = cross_validate(data, parts)
    return results


def _table(results: dict[str, Any]) -> str:
    lines = [
        f"data: {results['data']} ({', '.join(f'{n} {c}' for n, c in results['texts'].items())})",
        "flow rule: negative < -0.2, positive > 0.4 (people: the same on mean/4);"
        " ±0.05 rule: both sides at -0.05 / 0.05",
        "",
        f"{'set':8} {'analyser':9} {'r':>6} {'acc flow':>9} {'F1 flow':>8} {'acc ±.05':>9}"
        f" {'F1 ±.05':>8} {'unknown':>8} {'texts/s':>8}",
    ]
    for set_name in results["texts"]:
        for name, per_set in results["analysers"].items():
            m = per_set[set_name]
            lines.append(
                f"{set_name:8} {name:9} {m['r']:6.3f} {m['acc_flow']:9.3f} {m['f1_flow']:8.3f}"
                f" {m['acc_paper']:9.3f} {m['f1_paper']:8.3f} {m['unknown']:8.2%}"
                f" {m['texts_per_s']:8.0f}"
            )
    cv = results["cross_validation"]
    weights = results["shipped_weights"]
    lines += [
        "",
        f"shipped: BLEND {weights['blend']}, SCALE {weights['scale']} (not fitted);"
        f" BLEND fitted on all four sets: {cv['blend_on_all_sets']}",
        "leave-one-set-out: BLEND fitted (best mean r) on the other three sets, SCALE 1;"
        " last two columns: SCALE also fitted (best mean F1 flow) on them",
        f"{'held out':8} {'BLEND':>6} {'r':>6} {'aim r':>6} {'F1 flow':>8} {'F1 ±.05':>8}"
        f" {'SCALE':>6} {'F1 flow':>8}",
    ]
    for set_name, m in cv["folds"].items():
        lines.append(
            f"{set_name:8} {m['blend']:6.2f} {m['r']:6.3f} {AIMS[set_name]:6.2f}"
            f" {m['f1_flow']:8.3f} {m['f1_paper']:8.3f} {m['fitted_scale']:6.2f}"
            f" {m['fitted_scale_f1_flow']:8.3f}"
        )
    lines += ["", "shipped, by half (the rules were written looking at the design half only):"]
    lines.append(f"{'set':8} {'half':12} {'r':>6} {'F1 flow':>8} {'F1 ±.05':>8}")
    for set_name, m in results["analysers"]["shipped"].items():
        for half in ("design_half", "other_half"):
            h = m[half]
            lines.append(
                f"{set_name:8} {half:12} {h['r']:6.3f} {h['f1_flow']:8.3f} {h['f1_paper']:8.3f}"
            )
    return "\n".join(lines)


def _finite(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, float):
        return round(value, 4) if math.isfinite(value) else None
    return value


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.sentiment",
        description="Agreement of the sentiment analysers with human ratings, and their speed.",
    )
    parser.add_argument(
        "--data",
        help="folder of the rated sets (default: SENTIMENT_DATA or "
        "../shared/data/sentiment beside the repository)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    directory = data_dir(args.data)
    if not (directory / SETS["tweets"]).exists():
        parser.error(f"no rated data at {directory} (set SENTIMENT_DATA or --data)")
    results = run(directory)
    print(json.dumps(_finite(results)) if args.json else _table(results))


if __name__ == "__main__":
    main()
