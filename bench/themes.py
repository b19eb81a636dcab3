"""Themes in the words: how well `reports.themes` finds the themes of a labelled set of short
co-design answers, beside a TF-IDF + k-means baseline, in the same run.

    .venv/bin/python -m bench.themes [--data bench/data/themes.csv ...] [--json]

The figure is the adjusted mutual information (AMI, arithmetic mean, as scikit-learn's
`adjusted_mutual_info_score`) between the themes found and the labels: 1 is the labels
exactly, 0 what chance gives. Rows:

  project            `reports.themes.group` as shipped: it chooses its number of themes;
  words alone        the same without the concepts (Method(concepts=0));
  baseline k=labels  TF-IDF of words (common words left out) + k-means with k the number
                     of labels (k-means++, 10 starts, seed 0): the baseline given the answer;
  baseline k chosen  the same, k chosen as the project chooses it (best silhouette).

Also the time one grouping takes (the best of three).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as `codesign` runs (bot/cli.py)

import numpy as np

from dialogs.clustering import distances, kmeans, silhouette
from reports.theme_words import STOPWORDS, words
from reports.themes import MOST, Method, Said, group

DATA = [Path("bench/data/themes.csv"), Path("bench/data/themes_heldout.csv")]


def read(path: Path) -> tuple[list[str], list[str]]:
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["answer"] for r in rows], [r["theme"] for r in rows]


def ami(truth: list[Any], found: list[Any]) -> float:
    """Adjusted mutual information, arithmetic normalisation (scikit-learn's default)."""
    n = len(truth)
    classes, clusters = sorted(set(truth)), sorted(set(found))
    if len(classes) == len(clusters) == 1:
        return 1.0
    table = Counter(zip(truth, found, strict=True))
    a = Counter(truth)
    b = Counter(found)
    mi = sum(v / n * math.log(n * v / (a[u] * b[w])) for (u, w), v in table.items())
    h_a = -sum(v / n * math.log(v / n) for v in a.values())
    h_b = -sum(v / n * math.log(v / n) for v in b.values())
    emi = _expected_mi(n, list(a.values()), list(b.values()))
    denominator = (h_a + h_b) / 2 - emi
    eps = np.finfo(float).eps
    denominator = min(denominator, -eps) if denominator < 0 else max(denominator, eps)
    return (mi - emi) / denominator


def _expected_mi(n: int, rows: list[int], cols: list[int]) -> float:
    """E[MI] under the hypergeometric model of random labellings with these sizes."""
    lg = math.lgamma
    total = 0.0
    for ai in rows:
        for bj in cols:
            fixed = lg(ai + 1) + lg(bj + 1) + lg(n - ai + 1) + lg(n - bj + 1) - lg(n + 1)
            for nij in range(max(1, ai + bj - n), min(ai, bj) + 1):
                p = fixed - lg(nij + 1) - lg(ai - nij + 1) - lg(bj - nij + 1)
                p -= lg(n - ai - bj + nij + 1)
                total += nij / n * math.log(n * nij / (ai * bj)) * math.exp(p)
    return total


def baseline_points(texts: list[str]) -> np.ndarray:
    """Plain TF-IDF of words (raw counts, smoothed idf, rows of length 1)."""
    docs = [[w for w in words(t) if len(w) > 1 and w not in STOPWORDS] for t in texts]
    vocab = sorted({w for d in docs for w in d})
    column = {w: i for i, w in enumerate(vocab)}
    df = Counter(w for d in docs for w in set(d))
    idf = np.array([math.log((1 + len(docs)) / (1 + df[w])) + 1 for w in vocab])
    matrix = np.zeros((len(docs), len(vocab)))
    for row, doc in enumerate(docs):
        for w, count in Counter(doc).items():
            matrix[row, column[w]] = count
    matrix *= idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def baseline(texts: list[str], k: int | None) -> list[int]:
    points = baseline_points(texts)
    if k is not None:
        return list(kmeans(points, k, np.random.default_rng(0), starts=10))
    gaps, best, best_score = distances(points), None, -np.inf
    for kk in range(2, max(2, min(MOST, len(texts) // Method().per_theme)) + 1):
        labels = kmeans(points, kk, np.random.default_rng(0), starts=10)
        score = silhouette(gaps, labels)
        if score > best_score + 1e-9:
            best, best_score = labels, score
    assert best is not None
    return list(best)


def measure(path: Path) -> dict[str, Any]:
    texts, truth = read(path)
    said = [Said(t) for t in texts]
    shipped = group(said)
    alone = group(said, Method(concepts=0))
    k = len(set(truth))
    took = []
    for _ in range(3):
        start = time.perf_counter()
        group(said)
        took.append(time.perf_counter() - start)
    rows = {
        "project": (ami(truth, shipped.labels()), len(shipped.themes)),
        "words alone": (ami(truth, alone.labels()), len(alone.themes)),
        "baseline k=labels": (ami(truth, baseline(texts, k)), k),
        "baseline k chosen": (ami(truth, found := baseline(texts, None)), len(set(found))),
    }
    return {
        "data": str(path),
        "answers": len(texts),
        "labels": k,
        "ami": {name: round(v, 3) for name, (v, _) in rows.items()},
        "themes": {name: n for name, (_, n) in rows.items()},
        "margin": round(rows["project"][0] - rows["baseline k=labels"][0], 3),
        "seconds": round(min(took), 3),
        "found": [(t.label, t.size) for t in shipped.themes],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, nargs="*", default=[p for p in DATA if p.exists()])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = [measure(p) for p in args.data]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for r in results:
        print(f"{r['data']}: {r['answers']} answers, {r['labels']} labels")
        for name, value in r["ami"].items():
            print(f"  {name:<18} AMI {value:.3f}  ({r['themes'][name]} themes)")
        print(f"  project - baseline k=labels: {r['margin']:+.3f}; one grouping {r['seconds']} s")
        print("  themes: " + "; ".join(f"{label} ({n})" for label, n in r["found"]))


if __name__ == "__main__":
    main()
