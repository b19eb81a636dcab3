"""Themes in what members wrote: short free-text answers grouped by what they are about, each
group with a label of its own words, its size, its mean sentiment and the answers that say
it best. Pure: no Telegram, no database, no network; numpy and the Snowball stemmer.
Deterministic: the same answers, in any order, give the same themes.

The method (docs/decisions/0024, measured in bench/themes.py):

1. Each answer as word stems and the concepts its words belong to (`reports.theme_words`).
2. TF-IDF of each (log-scaled counts, smoothed idf), each part scaled to length 1, the
   concepts weighted `Method.concepts` against the words; terms in one answer only dropped.
3. LSA: the leading `Method.dims` singular vectors (numpy's SVD), rows scaled to length 1.
4. k-means (k-means++, several starts, a fixed seed; `dialogs.clustering`) for every k from
   2 up to one theme per `Method.per_theme` answers (at most `MOST`), keeping the k with the
   best silhouette.
5. A label: the theme's most distinctive stems (share in the theme against share overall),
   each shown as its commonest spelling there; quotes: the answers nearest its centre.

More than `SAMPLE` answers: the space and the centres are fitted on an even sample, and
every answer goes to its nearest centre."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dialogs.clustering import distances, kmeans, silhouette
from reports.theme_words import STOPWORDS, features, stem, words

MIN_ANSWERS = 20  # fewer than this: too few to group
MOST = 10  # themes at most (more do not read well in a message)
SAMPLE = 800  # answers the space is fitted on; the rest are placed in it
LABEL_WORDS = 3
QUOTES = 3
SEED = 17
Array = np.ndarray


@dataclass(frozen=True)
class Method:
    """The knobs of the grouping (the defaults are the measured choice)."""

    concepts: float = 2.0  # weight of the concept part against the words (0: words alone)
    dims: int = 60  # LSA dimensions
    per_theme: int = 8  # at most one theme for this many answers
    starts: int = 20  # k-means starts for each k


@dataclass(frozen=True)
class Said:
    """One answer: its words, its polarity (-1..1, None: not read) and who said it (as the
    caller shows them, a pseudonym)."""

    text: str
    polarity: float | None = None
    who: str = ""


@dataclass(frozen=True)
class Theme:
    label: str  # its distinctive words, "lights, dark, lamp"
    words: tuple[str, ...]
    size: int
    sentiment: float | None  # mean polarity of its answers that have one
    quotes: tuple[Said, ...]
    answers: tuple[int, ...] = field(repr=False)  # positions in the input


@dataclass(frozen=True)
class Themes:
    answers: int  # how many were given
    themes: tuple[Theme, ...] = ()  # biggest first
    unsorted: int = 0  # answers sharing no word or concept with any other (or only emoji)
    too_few: bool = False  # fewer than MIN_ANSWERS to group

    def labels(self) -> list[int]:
        """Each answer's theme (its index in `themes`), -1 for one not grouped."""
        found = [-1] * self.answers
        for n, theme in enumerate(self.themes):
            for i in theme.answers:
                found[i] = n
        return found


def group(said: Sequence[Said], method: Method = Method(), most: int = MOST) -> Themes:
    """The themes of these answers (`too_few` below MIN_ANSWERS answers with words)."""
    if len(said) < MIN_ANSWERS:
        return Themes(len(said), too_few=True)
    order = sorted(range(len(said)), key=lambda i: (said[i].text, said[i].who, i))
    parts = [features(said[i].text) for i in order]
    points = _points(parts, method)
    kept = np.flatnonzero(np.abs(points).sum(axis=1) > 0)
    if len(kept) < MIN_ANSWERS:
        return Themes(len(said), too_few=True)
    labels = _cluster(points[kept], method, most)
    themes = []
    for c in np.unique(labels):
        inside = kept[labels == c]
        themes.append(_theme(said, order, parts, points, inside, kept))
    themes.sort(key=lambda t: (-t.size, t.label))
    return Themes(len(said), tuple(themes), unsorted=len(said) - len(kept))


def _points(parts: list[tuple[list[str], list[str]]], method: Method) -> Array:
    """Each answer as a unit vector in the LSA space (zeros: nothing to group it by)."""
    fit = _even_sample(len(parts))
    blocks = [(0, 1.0)] + ([(1, method.concepts)] if method.concepts > 0 else [])
    spaces = [_vocabulary([parts[i][b] for i in fit]) for b, _ in blocks]
    weights = [w for _, w in blocks]

    def vectors(rows: Sequence[int]) -> Array:
        joined = [
            w * _tfidf([parts[i][b] for i in rows], *space)
            for (b, _), w, space in zip(blocks, weights, spaces, strict=True)
        ]
        return np.hstack(joined)

    matrix = vectors(fit)
    _, _, basis = np.linalg.svd(matrix, full_matrices=False)
    basis = basis[: min(method.dims, len(fit) - 1)].T
    out = np.vstack([vectors(chunk) @ basis for chunk in _chunks(len(parts))])
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return np.divide(out, norms, out=np.zeros_like(out), where=norms > 1e-9)


def _vocabulary(docs: list[list[str]]) -> tuple[dict[str, int], Array]:
    """Terms in at least two answers (one alone joins nothing), with their smoothed idf."""
    df = Counter(t for doc in docs for t in set(doc))
    terms = sorted(t for t, n in df.items() if n >= 2)
    idf = np.array([math.log((1 + len(docs)) / (1 + df[t])) + 1 for t in terms])
    return {t: n for n, t in enumerate(terms)}, idf


def _tfidf(docs: list[list[str]], vocab: dict[str, int], idf: Array) -> Array:
    matrix = np.zeros((len(docs), max(len(vocab), 1)))
    for row, doc in enumerate(docs):
        for term, n in Counter(t for t in doc if t in vocab).items():
            matrix[row, vocab[term]] = 1 + math.log(n)
    matrix[:, : len(idf)] *= idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)


def _cluster(points: Array, method: Method, most: int) -> Array:
    """The k-means labels, over k from 2 up, with the best silhouette (ties: fewer themes)."""
    fit = _even_sample(len(points))
    sample = points[fit]
    gaps = distances(sample)
    best, best_score = np.zeros(len(points), dtype=int), -np.inf
    for k in range(2, max(2, min(most, len(points) // method.per_theme)) + 1):
        labels = kmeans(sample, k, np.random.default_rng(SEED), starts=method.starts)
        score = silhouette(gaps, labels)
        if score > best_score + 1e-9:
            best, best_score = labels, score
    if len(fit) == len(points):
        return best
    centres = np.stack([sample[best == c].mean(axis=0) for c in np.unique(best)])
    return np.argmax(points @ centres.T, axis=1)


def _theme(
    said: Sequence[Said],
    order: list[int],
    parts: list[tuple[list[str], list[str]]],
    points: Array,
    inside: Array,
    kept: Array,
) -> Theme:
    chosen = _label_words(said, order, parts, inside, kept)
    centre = points[inside].mean(axis=0)
    near = sorted(inside, key=lambda i: (-float(points[i] @ centre), i))
    quotes: list[Said] = []
    for i in near:
        if len(quotes) < QUOTES and all(
            said[order[i]].text.casefold() != q.text.casefold() for q in quotes
        ):
            quotes.append(said[order[i]])
    polarities = [said[order[i]].polarity for i in inside]
    known = [p for p in polarities if p is not None]
    return Theme(
        label=", ".join(chosen),
        words=tuple(chosen),
        size=len(inside),
        sentiment=round(sum(known) / len(known), 3) if known else None,
        quotes=tuple(quotes),
        answers=tuple(sorted(order[i] for i in inside)),
    )


def _label_words(
    said: Sequence[Said],
    order: list[int],
    parts: list[tuple[list[str], list[str]]],
    inside: Array,
    kept: Array,
) -> list[str]:
    """The stems most over-represented in the theme (share inside times the log of how many
    times its share overall), in at least two of its answers if it has four or more."""
    overall = Counter(t for i in kept for t in set(parts[i][0]))
    here = Counter(t for i in inside for t in set(parts[i][0]))
    least = 2 if len(inside) >= 4 else 1
    size, total = len(inside), len(kept)

    def score(term: str) -> float:
        share = here[term] / size
        return share * math.log(share / (overall[term] / total))

    ranked = sorted((t for t in here if here[t] >= least), key=lambda t: (-score(t), t))
    spelled = Counter(
        w for i in inside for w in words(said[order[i]].text) if len(w) > 1 and w not in STOPWORDS
    )
    return [_spelling(term, spelled) for term in ranked[:LABEL_WORDS]]


def _spelling(term: str, spelled: Counter[str]) -> str:
    """The commonest way the theme's answers write this stem."""
    forms = [(n, w) for w, n in spelled.items() if stem(w) == term]
    return max(forms, key=lambda f: (f[0], -len(f[1]), f[1]))[1] if forms else term


def _even_sample(n: int) -> list[int]:
    """Every index, or SAMPLE of them spread evenly (the input is in a fixed order)."""
    if n <= SAMPLE:
        return list(range(n))
    return sorted({round(i * (n - 1) / (SAMPLE - 1)) for i in range(SAMPLE)})


def _chunks(n: int) -> list[range]:
    return [range(start, min(start + SAMPLE, n)) for start in range(0, n, SAMPLE)]


def as_json(found: Themes) -> dict[str, Any]:
    """The grouping as plain JSON values (the export's `themes`, `codesign themes --json`);
    a quote's `member` is as the caller labelled it (a pseudonym), or null."""
    return {
        "answers": found.answers,
        "too_few": found.too_few,
        "least": MIN_ANSWERS,
        "unsorted": found.unsorted,
        "themes": [
            {
                "label": t.label,
                "words": list(t.words),
                "size": t.size,
                "sentiment": t.sentiment,
                "quotes": [{"text": q.text, "member": q.who or None} for q in t.quotes],
            }
            for t in found.themes
        ],
    }
