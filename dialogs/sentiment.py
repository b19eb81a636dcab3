"""Sentiment of a member's text (TextBlob, offline) and its class under a flow's thresholds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

SentimentClass = Literal["negative", "neutral", "positive"]


@dataclass(frozen=True)
class Sentiment:
    polarity: float  # -1 (negative) .. 1 (positive)
    subjectivity: float  # 0 (factual) .. 1 (opinion)


class Thresholds(Protocol):
    negative_threshold: float
    positive_threshold: float


def analyse(text: str) -> Sentiment:
    """TextBlob's pattern-based sentiment; polarity and subjectivity rounded to 3 decimals."""
    from textblob import TextBlob  # lazy: keeps `import dialogs` fast

    result = TextBlob(text).sentiment
    return Sentiment(round(float(result.polarity), 3), round(float(result.subjectivity), 3))


def classify(sentiment: Sentiment, rules: Thresholds) -> SentimentClass:
    """Negative below the negative threshold, positive above the positive one, else neutral."""
    if sentiment.polarity < rules.negative_threshold:
        return "negative"
    if sentiment.polarity > rules.positive_threshold:
        return "positive"
    return "neutral"
