"""Sentiment: TextBlob's polarity, classified with a flow's thresholds, checked on human ratings."""

from dataclasses import dataclass
from pathlib import Path

import pytest

from dialogs.sentiment import Sentiment, analyse, classify

DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "sentiment"
TWEETS = DATA / "tweets_GroundTruth.txt"
CLEAR = 1.5  # |mean human rating| on the -4..4 scale
MEASURED_TWEETS = 0.834  # sign agreement measured with TextBlob 0.20 (0 polarity counts as wrong)
FLOOR = 0.80


@dataclass(frozen=True)
class Rules:
    negative_threshold: float = -0.2
    positive_threshold: float = 0.4


def test_analyse_rounds_and_reads_direction():
    good = analyse("I love this park, the new benches are great")
    bad = analyse("The playground is dirty and terrible")
    assert good.polarity > 0.4 and bad.polarity < -0.2
    assert good.polarity == round(good.polarity, 3) and 0 <= good.subjectivity <= 1
    assert analyse("") == Sentiment(0.0, 0.0)


@pytest.mark.parametrize(
    ("polarity", "expected"),
    [(-0.5, "negative"), (-0.2, "neutral"), (0.0, "neutral"), (0.4, "neutral"), (0.41, "positive")],
)
def test_classify_uses_strict_thresholds(polarity, expected):
    assert classify(Sentiment(polarity, 0.5), Rules()) == expected


def read_ratings(path: Path) -> list[tuple[float, str]]:
    """`id<TAB>mean rating<TAB>text` lines (CRLF, last line unterminated) -> (rating, text)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            _, rating, text = line.split("\t")
            rows.append((float(rating), text))
    return rows


@pytest.mark.skipif(not TWEETS.exists(), reason=f"human-rated sentiment data not found at {DATA}")
def test_textblob_agrees_with_human_ratings_on_clearly_rated_tweets():
    clear = [(rating, text) for rating, text in read_ratings(TWEETS) if abs(rating) >= CLEAR]
    agree = sum(
        1
        for rating, text in clear
        if (polarity := analyse(text).polarity) != 0 and (polarity > 0) == (rating > 0)
    )
    share = agree / len(clear)
    print(f"TextBlob sign agreement on {len(clear)} clearly rated tweets: {share:.3f}")
    assert len(clear) == 1836
    assert share >= FLOOR, f"agreement {share:.3f} fell below {FLOOR} (measured {MEASURED_TWEETS})"
