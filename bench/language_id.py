"""Language identification on short co-design answers: is an answer's language told right
among the session's languages?

    .venv/bin/python -m bench.language_id [--json] [--misses] [--threshold 0.7]

Reads bench/data/language_id.csv: 55 answers in each shipped language (en, es, fr, pl, ar),
written by hand for issue 19, from one word to about twenty (its first line says where they
come from). Each answer is identified among the five languages, and among each pair of them
that holds its language (as a bilingual session would offer them), by:

- **shipped**: `dialogs.language_id.detect` (the script, then py3langid restricted to the
  languages left, with its probability at least `--threshold`; None when it cannot tell,
  and the member's language is assumed);
- **py3langid** and **lingua** (lingua-language-detector, if installed: `pip install
  lingua-language-detector`), restricted to the same languages and always answering (the
  most likely language), to compare the libraries.

By the answer's length in words (1-3, 4-8, 9+), it prints the share told right, told wrong,
and (shipped) left undecided; "right or assumed" counts an undecided answer as right, as it
is when members write in their own language. Then the shipped detector's undecided and
wrong shares over the pairs for other thresholds, to show what MIN_CONFIDENCE trades.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from dialogs import language_id

DATA = Path(__file__).resolve().parent / "data" / "language_id.csv"
LANGUAGES = ("en", "es", "fr", "pl", "ar")
BUCKETS = ("1-3", "4-8", "9+")
SWEEP = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)

Detector = Callable[[str, tuple[str, ...]], str | None]


@dataclass(frozen=True)
class Answer:
    language: str
    text: str

    @property
    def bucket(self) -> str:
        words = len(self.text.split())
        return "1-3" if words <= 3 else "4-8" if words <= 8 else "9+"


@dataclass(frozen=True)
class Cell:
    detector: str
    setting: str  # "all five" or "pairs"
    bucket: str  # "1-3", "4-8", "9+" or "all"
    trials: int
    right: float
    wrong: float
    undecided: float


def read(path: Path = DATA) -> list[Answer]:
    with path.open(encoding="utf-8") as file:
        rows = csv.DictReader(line for line in file if not line.startswith("#"))
        return [Answer(r["language"], r["text"]) for r in rows]


def settings() -> dict[str, list[tuple[str, ...]]]:
    return {"all five": [LANGUAGES], "pairs": list(itertools.combinations(LANGUAGES, 2))}


def shipped(threshold: float) -> Detector:
    def detect(text: str, allowed: tuple[str, ...]) -> str | None:
        saved, language_id.MIN_CONFIDENCE = language_id.MIN_CONFIDENCE, threshold
        try:
            return language_id.detect(text, allowed)
        finally:
            language_id.MIN_CONFIDENCE = saved

    return detect


def py3langid(text: str, allowed: tuple[str, ...]) -> str | None:
    language, _ = language_id._identifier(tuple(sorted(allowed))).classify(text)
    return str(language)


@cache
def _lingua(allowed: tuple[str, ...]) -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, a.upper())) for a in allowed]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def lingua(text: str, allowed: tuple[str, ...]) -> str | None:
    found = _lingua(tuple(sorted(allowed))).detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found is not None else None


def trials(detector: Detector, answers: Sequence[Answer], setting: str) -> list[tuple]:
    """(answer, what the detector said) for every answer and language set holding it."""
    return [
        (a, detector(a.text, allowed))
        for allowed in settings()[setting]
        for a in answers
        if a.language in allowed
    ]


def cells(name: str, detector: Detector, answers: Sequence[Answer]) -> list[Cell]:
    found = []
    for setting in settings():
        said = trials(detector, answers, setting)
        for bucket in (*BUCKETS, "all"):
            mine = [(a, got) for a, got in said if bucket in ("all", a.bucket)]
            n = len(mine)
            found.append(
                Cell(
                    detector=name,
                    setting=setting,
                    bucket=bucket,
                    trials=n,
                    right=sum(got == a.language for a, got in mine) / n,
                    wrong=sum(got not in (None, a.language) for a, got in mine) / n,
                    undecided=sum(got is None for _, got in mine) / n,
                )
            )
    return found


def detectors(threshold: float) -> dict[str, Detector]:
    found: dict[str, Detector] = {f"shipped (>= {threshold})": shipped(threshold)}
    found["py3langid"] = py3langid
    if find_spec("lingua"):
        found["lingua"] = lingua
    return found


def _table(results: Sequence[Cell], sweep: Sequence[Cell], speed: dict[str, float]) -> str:
    lines = [
        f"{DATA.name}: 55 answers a language; by words; shares of the trials",
        "",
        f"{'detector':20} {'languages':9} {'words':>5} {'trials':>6} {'right':>6} {'wrong':>6}"
        f" {'undec.':>6} {'right or assumed':>16}",
    ]
    for c in results:
        lines.append(
            f"{c.detector:20} {c.setting:9} {c.bucket:>5} {c.trials:6} {c.right:6.3f}"
            f" {c.wrong:6.3f} {c.undecided:6.3f} {c.right + c.undecided:16.3f}"
        )
    lines += ["", "shipped detector over the pairs, by threshold: undecided / wrong"]
    lines.append(f"{'threshold':>9} " + " ".join(f"{b + ' words':>15}" for b in (*BUCKETS, "all")))
    by_threshold: dict[str, list[Cell]] = {}
    for c in sweep:
        by_threshold.setdefault(c.detector, []).append(c)
    for name, row in by_threshold.items():
        lines.append(
            f"{name:>9} "
            + " ".join(f"{c.undecided:7.3f} / {c.wrong:5.3f}" for c in row if c.setting == "pairs")
        )
    lines += ["", "time per answer (all five, after loading): "]
    lines[-1] += ", ".join(f"{name} {us:.0f} µs" for name, us in speed.items())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.language_id",
        description="Language identification on hand-written short co-design answers.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--misses", action="store_true", help="list what all five got wrong")
    parser.add_argument(
        "--threshold", type=float, default=language_id.MIN_CONFIDENCE, help="the shipped one"
    )
    args = parser.parse_args(argv)
    answers = read()
    language_id.warm_up()
    found = detectors(args.threshold)
    speed = {}
    for name, detector in found.items():
        for a in answers:  # lingua loads each language's model when it first needs it
            detector(a.text, LANGUAGES)
        start = time.perf_counter()
        for a in answers:
            detector(a.text, LANGUAGES)
        speed[name] = (time.perf_counter() - start) / len(answers) * 1e6
    results = [c for name, d in found.items() for c in cells(name, d, answers)]
    swept = [c for t in SWEEP for c in cells(f"{t:.2f}", shipped(t), answers)]
    sweep = [c for c in swept if c.setting == "pairs"]
    if args.json:
        print(json.dumps({"cells": [asdict(c) for c in results + sweep], "us": speed}))
        return
    print(_table(results, sweep, speed))
    if args.misses:
        print("\nall five, told wrong or undecided:")
        for name, detector in found.items():
            for a, got in trials(detector, answers, "all five"):
                if got != a.language:
                    print(f"  {name}: {a.language} said {got}: {a.text}")


if __name__ == "__main__":
    main()
