"""VADER's and TextBlob's lexicons, loaded on first use, and the compiled patterns."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from dialogs.sentiment.words import AMBIGUOUS, ENGLISH, FOREIGN, PLACE_WORDS

STRETCHED = r"([a-z])\1{2,}"  # patterns are compiled on first use (rx): a fast import


class Lexicons(NamedTuple):
    valence: dict[str, float]  # VADER, lower-case keys, plus PLACE_WORDS
    boost: dict[str, float]  # VADER's intensifiers and dampeners
    negate: frozenset[str]
    n_scalar: float
    c_incr: float
    b_incr: float
    emoji_names: dict[str, str]
    textblob: Any  # textblob.en.sentiment (callable, and a dict of rated words)
    english: frozenset[str]  # words that mark English
    foreign: frozenset[str]  # words that mark another language


@cache
def lexicons() -> Lexicons:
    from textblob.en import sentiment as textblob  # lazy: keeps `import dialogs` fast
    from vaderSentiment import vaderSentiment as vader

    analyser = vader.SentimentIntensityAnalyzer()
    valence = {**analyser.lexicon, **PLACE_WORDS}
    textblob.load()
    english = {w for w in (*valence, *dict.keys(textblob), *ENGLISH) if w.isalpha()}
    foreign = FOREIGN - AMBIGUOUS - ENGLISH
    return Lexicons(
        valence=valence,
        boost=dict(vader.BOOSTER_DICT),
        negate=frozenset({*vader.NEGATE, "no", "nobody"}),
        n_scalar=vader.N_SCALAR,
        c_incr=vader.C_INCR,
        b_incr=vader.B_INCR,
        emoji_names=analyser.emojis,
        textblob=textblob,
        english=frozenset(english - AMBIGUOUS - foreign),
        foreign=foreign,
    )


@cache
def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
