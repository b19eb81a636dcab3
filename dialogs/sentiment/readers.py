"""Analysers for languages other than English (issue 19): each from a package built for its
language, installed from PyPI with its lexicon, reading with no network. Measured on short
co-design answers in bench/sentiment_languages.py (figures in bench/README.md; the choice
in docs/decisions/0028-sentiment-per-language.md).

- **fr**: textblob-fr's PatternAnalyzer (pattern's French lexicon of rated adjectives, its
  negation and intensifiers; MIT, 2.8 MB, a default dependency).

The other shipped languages have none that is light and usable here: Spanish's
(sentiment-analysis-spanish, a naive Bayes model of reviews) read 11 of 22 neutral answers as
negative and needs scikit-learn and 640 MB to load; Polish's (polvader) needs a spaCy model
from outside PyPI and torch; Arabic's (textblob-ar) translates through a web service, and
arasents opens its lexicon relative to the working directory. Their answers are "unknown".

A language with an analyser here is one whose package can be imported (`analysers()`); its
analyser is loaded on first use, like TextBlob for English.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Reader:
    """One language's analyser: the module it needs and how it reads a text."""

    package: str  # on PyPI
    module: str  # what must be importable
    read: Callable[[str], tuple[float, float]]  # polarity -1..1, subjectivity 0..1


@cache
def _french() -> Any:
    from textblob_fr import PatternAnalyzer  # lazy: loads pattern's French lexicon

    analyser = PatternAnalyzer()
    analyser.analyze("bien")  # the lexicon loads on the first text, not while one waits
    return analyser


def read_french(text: str) -> tuple[float, float]:
    polarity, subjectivity = _french().analyze(text)
    return float(polarity), float(subjectivity)


READERS: dict[str, Reader] = {
    "fr": Reader("textblob-fr", "textblob_fr", read_french),
}


@cache
def installed(language: str) -> bool:
    """The analyser of `language` can be imported here."""
    reader = READERS.get(language)
    return reader is not None and importlib.util.find_spec(reader.module) is not None
