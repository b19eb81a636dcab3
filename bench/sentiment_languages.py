"""Sentiment per language: what the shipped analyser of each language makes of short
co-design answers, beside what the English analyser made of them before issue 19.

    .venv/bin/python -m bench.sentiment_languages [--json] [--misses] [--candidates]

Reads bench/data/sentiment_<language>.csv for each shipped language (en, es, fr, pl, ar):
66 answers each (22 positive, 22 neutral, 22 negative), written by hand for issue 19, the
same answers in each language (the first line of each file says where they come from). Each
text is read by `dialogs.sentiment.analyse(text, language)` (the shipped analyser of that
language, or none: "unknown") and by `analyse(text, "en")` (the baseline: every answer was
read by the English analyser before), and classed with the shipped flows' default
thresholds (negative below -0.2, positive above 0.4), as the follow-up and champion rules
see it. An answer read as "unknown" is never right: it fires no rule.

Printed per language and analyser: the share of answers read at all (known), accuracy and
macro-F1 over the three classes, the recall of negatives (complaints that get a follow-up)
and their precision (follow-ups that were due), and milliseconds per text.

`--candidates` also measures the packages considered and not shipped, where installed
(vaderSentiment-fr; sentiment-analysis-spanish, which needs scikit-learn and about 640 MB
and 8 s to load): `pip install vaderSentiment-fr sentiment-analysis-spanish scikit-learn`.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import partial
from importlib.util import find_spec
from pathlib import Path

from dialogs import sentiment
from dialogs.sentiment.readers import READERS

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "es", "fr", "pl", "ar")
CLASSES = ("negative", "neutral", "positive")
NEGATIVE_BELOW, POSITIVE_ABOVE = -0.2, 0.4  # the shipped flows' default thresholds

Reading = Callable[[str], float | None]  # polarity, or None: not read ("unknown")


@dataclass(frozen=True)
class Answer:
    label: str
    text: str


@dataclass(frozen=True)
class Figures:
    language: str
    analyser: str
    known: float  # share of answers read at all
    accuracy: float  # "unknown" counts as wrong
    macro_f1: float  # over negative, neutral, positive
    negative_recall: float
    negative_precision: float | None  # None: nothing read as negative
    ms_per_text: float
    misses: tuple[str, ...] = ()


def read(language: str) -> list[Answer]:
    """The set of one language, without its first (origin) line."""
    path = DATA / f"sentiment_{language}.csv"
    with path.open(encoding="utf-8") as file:
        rows = csv.DictReader(line for line in file if not line.startswith("#"))
        return [Answer(r["label"], r["text"]) for r in rows]


def classed(polarity: float | None) -> str:
    if polarity is None:
        return "unknown"
    if polarity < NEGATIVE_BELOW:
        return "negative"
    return "positive" if polarity > POSITIVE_ABOVE else "neutral"


def shipped(language: str, text: str) -> float | None:
    result = sentiment.analyse(text, language)
    return result.polarity if result.known else None


def figures(language: str, name: str, reading: Reading, answers: Sequence[Answer]) -> Figures:
    start = time.perf_counter()
    got = [classed(reading(a.text)) for a in answers]
    elapsed = time.perf_counter() - start
    pairs = list(zip([a.label for a in answers], got, strict=True))
    f1 = []
    for c in CLASSES:
        tp = sum(label == c and g == c for label, g in pairs)
        fp = sum(label != c and g == c for label, g in pairs)
        fn = sum(label == c and g != c for label, g in pairs)
        f1.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    negatives = sum(label == "negative" for label, _ in pairs)
    read_negative = sum(g == "negative" for _, g in pairs)
    hits = sum(label == g == "negative" for label, g in pairs)
    return Figures(
        language=language,
        analyser=name,
        known=sum(g != "unknown" for g in got) / len(got),
        accuracy=sum(label == g for label, g in pairs) / len(pairs),
        macro_f1=sum(f1) / len(f1),
        negative_recall=hits / negatives,
        negative_precision=hits / read_negative if read_negative else None,
        ms_per_text=elapsed / len(answers) * 1000,
        misses=tuple(
            f"{label} read {g}: {a.text}"
            for a, (label, g) in zip(answers, pairs, strict=True)
            if label != g
        ),
    )


def shipped_name(language: str) -> str:
    if language == "en":
        return "English (blend, 0018)"
    if language in sentiment.analysers():
        return READERS[language].package
    return "none: unknown"


def candidates() -> dict[str, tuple[str, Reading]]:
    """Packages considered and not shipped, by language, where installed."""
    found: dict[str, tuple[str, Reading]] = {}
    if find_spec("vaderSentiment_fr") and find_spec("fuzzywuzzy"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # fuzzywuzzy: "slow pure-python SequenceMatcher"
            from vaderSentiment_fr.vaderSentiment import SentimentIntensityAnalyzer

        vader = SentimentIntensityAnalyzer()
        found["fr"] = ("vaderSentiment-fr", lambda text: vader.polarity_scores(text)["compound"])
    if find_spec("sentiment_analysis_spanish") and find_spec("sklearn"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a model pickled by scikit-learn 0.23
            from sentiment_analysis_spanish.sentiment_analysis import SentimentAnalysisSpanish

            spanish = SentimentAnalysisSpanish()
        # P(positive) -> polarity -1..1
        found["es"] = ("sentiment-analysis-spanish", lambda t: 2 * spanish.sentiment(t) - 1)
    return found


def run(with_candidates: bool) -> list[Figures]:
    sentiment.warm_up()
    others = candidates() if with_candidates else {}
    results = []
    for language in LANGUAGES:
        answers = read(language)
        name = shipped_name(language)
        results.append(figures(language, name, partial(shipped, language), answers))
        if language != "en":
            baseline = partial(shipped, "en")
            results.append(figures(language, "before: English analyser", baseline, answers))
        if language in others:
            other, reading = others[language]
            results.append(figures(language, f"candidate: {other}", reading, answers))
    return results


def _table(results: Sequence[Figures], misses: bool) -> str:
    lines = [
        f"bench/data/sentiment_<language>.csv: 22 positive, 22 neutral, 22 negative each;"
        f" negative < {NEGATIVE_BELOW}, positive > {POSITIVE_ABOVE}; unknown is never right",
        "",
        f"{'':3} {'analyser':38} {'known':>6} {'acc':>6} {'F1':>6} {'neg R':>6} {'neg P':>6}"
        f" {'ms':>6}",
    ]
    for f in results:
        precision = "-" if f.negative_precision is None else f"{f.negative_precision:.3f}"
        lines.append(
            f"{f.language:3} {f.analyser:38} {f.known:6.3f} {f.accuracy:6.3f} {f.macro_f1:6.3f}"
            f" {f.negative_recall:6.3f} {precision:>6} {f.ms_per_text:6.2f}"
        )
    if misses:
        for f in results:
            if f.known and not f.analyser.startswith("before"):
                lines += ["", f"{f.language}, {f.analyser}, read wrongly:"]
                lines += [f"  {m}" for m in f.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.sentiment_languages",
        description="Sentiment per language on hand-written co-design answers.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON list")
    parser.add_argument("--misses", action="store_true", help="list the answers read wrongly")
    parser.add_argument(
        "--candidates", action="store_true", help="also the packages not shipped, if installed"
    )
    args = parser.parse_args(argv)
    results = run(args.candidates)
    if args.json:
        print(json.dumps([asdict(f) for f in results], ensure_ascii=False))
    else:
        print(_table(results, args.misses))


if __name__ == "__main__":
    main()
