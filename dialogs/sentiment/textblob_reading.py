"""The TextBlob reading: TextBlob's assessments of the rules reading's words, with the
rules' negation scope and additions, summed over sqrt(n + 1)."""

from __future__ import annotations

import math
from typing import Any

from dialogs.sentiment.lexicons import Lexicons
from dialogs.sentiment.rules import Reading


def read_textblob(
    lower: list[str], bangs: list[int], reading: Reading, lex: Lexicons
) -> tuple[float, float]:
    """TextBlob's assessments with the rules' negation scope and additions, summed over
    sqrt(n + 1); TextBlob's subjectivity (the additions count as fully subjective).

    TextBlob assesses the words of the rules reading (its own tokenizer took half the time):
    the same words, lower-cased, each followed by its exclamation marks."""
    polarities, subjectivities = assessed(lower, bangs, reading, lex)
    for j, value in reading.extra:  # weighed around "but" like TextBlob's own
        if reading.but is not None and j != reading.but:
            value *= reading.weights[0] if j < reading.but else reading.weights[1]
        polarities.append(max(-1.0, min(1.0, value / 4.0)))
        subjectivities.append(1.0)
    if not polarities:
        return 0.0, 0.0
    polarity = max(-1.0, min(1.0, sum(polarities) / math.sqrt(len(polarities) + 1)))
    return polarity, min(1.0, sum(subjectivities) / len(subjectivities))


def assessed(
    lower: list[str], bangs: list[int], reading: Reading, lex: Lexicons
) -> tuple[list[float], list[float]]:
    """TextBlob's polarity and subjectivity of each chunk it rates, as the rules see it."""
    tokens: list[tuple[str, None]] = []
    for word, bang in zip(lower, bangs, strict=True):
        tokens.append((word, None))
        tokens.extend([("!", None)] * bang)
    polarities: list[float] = []
    subjectivities: list[float] = []
    cursor = 0
    for chunk, polarity, subjectivity, _label in lex.textblob.assessments(tokens):
        head = next((w for w in reversed(chunk) if w != "!"), None)
        for j in range(cursor, len(lower)):
            if lower[j] == head:
                cursor = j + 1
                polarity = rescoped(chunk, polarity, j, reading, lex)
                break
        if polarity is not None:
            polarities.append(max(-1.0, min(1.0, polarity)))
            subjectivities.append(subjectivity)
    return polarities, subjectivities


def rescoped(
    chunk: list[str], polarity: Any, j: int, reading: Reading, lex: Lexicons
) -> float | None:
    """A chunk's polarity under the rules: muted, negated as far as the rules' negation
    reaches, TextBlob's own negation on VADER's scale, weighed around "but"."""
    negations = lex.textblob.negations
    if reading.muted[j]:
        return None  # "pretty" in "pretty bad" is not praise
    if reading.negated[j] and chunk[0] not in negations:
        polarity *= lex.n_scalar
    elif chunk[0] in negations:
        polarity = polarity / -0.5 * lex.n_scalar  # TextBlob's -0.5 -> VADER's
    if reading.but is not None and j != reading.but:
        polarity *= reading.weights[0] if j < reading.but else reading.weights[1]
    return polarity
