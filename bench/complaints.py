"""Are members' complaints read as negative? (a hand-written set of co-design answers)

    .venv/bin/python -m bench.complaints [--json] [--misses]

Reads tests/dialogs/data/complaints.csv (written by hand for issue 18: 70 short complaints
(suggestions that imply a lack, a complaint beside praise with "but", complaints without a
word of sentiment) and 60 answers that are not (praise, neutral facts, ideas phrased
positively); its first line says where it comes from). Each text is read by
`dialogs.sentiment.analyse` and classed with the shipped flows' default thresholds
(negative below -0.2, as the follow-up and champion rules see it). It prints the recall and
precision of "negative" for complaints, overall and by kind, beside the figures of the
analyser as it was before issue 18's item 15 (BEFORE, measured on the same file at commit
5bd40c3 and kept here, since that analyser is no longer in the tree).
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from dialogs import sentiment

DATA = Path(__file__).resolve().parents[1] / "tests" / "dialogs" / "data" / "complaints.csv"
NEGATIVE_BELOW = -0.2  # the shipped flows' default negative_threshold (park_redesign.yaml)


@dataclass(frozen=True)
class Answer:
    complaint: bool
    kind: str
    text: str


@dataclass(frozen=True)
class Figures:
    recall: float  # complaints read as negative / complaints
    precision: float  # complaints read as negative / texts read as negative
    by_kind: dict[str, float]  # recall by kind of complaint
    misses: tuple[str, ...] = ()  # texts read wrongly


# The analyser at commit 5bd40c3 (before item 15), on this file: 15 of 70 complaints read
# as negative, no other text.
BEFORE = Figures(15 / 70, 1.0, {"contrast": 6 / 14, "plain": 9 / 36, "suggestion": 0 / 20})


def read(path: Path = DATA) -> list[Answer]:
    """The set, without its first (origin) line."""
    with path.open(encoding="utf-8") as file:
        rows = csv.DictReader(line for line in file if not line.startswith("#"))
        return [Answer(r["complaint"] == "1", r["kind"], r["text"]) for r in rows]


def negative(text: str) -> bool:
    result = sentiment.analyse(text)
    return result.known and result.polarity < NEGATIVE_BELOW


def figures(answers: Sequence[Answer]) -> Figures:
    pairs = [(a, negative(a.text)) for a in answers]
    tp = sum(a.complaint and n for a, n in pairs)
    fp = sum(not a.complaint and n for a, n in pairs)
    kinds = sorted({a.kind for a in answers if a.complaint})
    by_kind = {
        k: sum(n for a, n in pairs if a.kind == k) / sum(a.kind == k for a in answers)
        for k in kinds
    }
    return Figures(
        recall=tp / sum(a.complaint for a in answers),
        precision=tp / (tp + fp) if tp + fp else 1.0,
        by_kind=by_kind,
        misses=tuple(a.text for a, n in pairs if a.complaint != n),
    )


def _table(after: Figures, answers: Sequence[Answer], misses: bool) -> str:
    complaints = sum(a.complaint for a in answers)
    lines = [
        f"{DATA.name}: {complaints} complaints, {len(answers) - complaints} other answers;"
        f" negative: polarity < {NEGATIVE_BELOW}",
        "",
        f"{'':22} {'before':>8} {'after':>8}",
        f"{'recall':22} {BEFORE.recall:8.3f} {after.recall:8.3f}",
        f"{'precision':22} {BEFORE.precision:8.3f} {after.precision:8.3f}",
    ]
    for kind, value in after.by_kind.items():
        lines.append(f"{'recall, ' + kind:22} {BEFORE.by_kind[kind]:8.3f} {value:8.3f}")
    if misses:
        lines += ["", "read wrongly now:", *(f"  {t}" for t in after.misses)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.complaints",
        description="Recall and precision of 'negative' on hand-written co-design complaints.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--misses", action="store_true", help="list the texts read wrongly")
    args = parser.parse_args(argv)
    answers = read()
    after = figures(answers)
    if args.json:
        print(json.dumps({"before": asdict(BEFORE), "after": asdict(after)}))
    else:
        print(_table(after, answers, args.misses))


if __name__ == "__main__":
    main()
