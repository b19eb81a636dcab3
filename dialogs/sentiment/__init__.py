"""Sentiment of a member's text, and its class under a flow's thresholds.

Two readings of the same words, blended (measured in bench/sentiment.py, bench/README.md):

- **rules**: VADER's lexicon of human-rated words, emoticons and slang (vaderSentiment) and
  its rules, re-implemented in one pass: negation ("don't feel safe") over the three words
  before a rated word, intensifiers and dampeners ("very", "so", "kinda"), a rated word in
  capitals among others or a whole message shouted in capitals, "but" (what follows counts
  more), exclamation marks, and the sum squashed to -1..1. Added for chat: emoji, "no" /
  "nothing" / "never" with nothing rated after it ("nothing works", "no lights") reads as
  a lack, "too" before a word that is not praise ("too dark"), "not working", "pretty" and
  "super" before a rated word as intensifiers, stretched words ("sooo goood"), "un-"/"dis-"
  words missing from the lexicon ("unsafe"), gratitude, and a few words people use about
  shared places that neither lexicon rates ("litter", "muddy").
- **textblob**: TextBlob's pattern assessments of the same words (its lexicon, its
  modifiers, "!"), with the rules' negation scope (TextBlob negates only the next word, so
  "I don't feel safe" reads +0.5 there) and the same emoji, lacks and gratitude, summed and
  divided by sqrt(n + 1) instead of TextBlob's mean over n: one mild adjective ("bright
  lights") counts less, several that agree count more. Subjectivity is TextBlob's mean.

A text that opens with a suggesting verb ("Put", "Add", "Fix"...) counts half in both: its
rated words describe what is wished for. `polarity = SCALE * (BLEND * rules + (1 - BLEND)
* textblob)`, clipped to -1..1. BLEND is the one weight fitted on the human-rated data
(leave-one-set-out in bench/sentiment.py); SCALE stays 1 (fitting it did worse on held-out
sets). A text in a language the analyser does not read (mostly another script, or at least
as many words marking another language as marking English) is `known=False`, class
"unknown", and no sentiment rule applies to it.

Other languages (issue 19): `analyse(text, language)` reads a text with the analyser of its
language, from a package built for it (`readers`: French with textblob-fr), and a language
with none here is `known=False` like a text the English analyser does not read: "unknown",
no sentiment rule, no polarity stored. `analysers()` says which languages have one, so
`flows check` can warn (`dialogs.checks.sentiment_warnings`); `analyse_answer` reads a
member's answer in the language it is written in among the session's
(`dialogs.language_id`), else in the member's.

Pure: no network, no database, no clock. TextBlob and vaderSentiment are imported on the
first call, so `import dialogs` stays fast.

The passes, one module each: `tokens` (emoji spread into words, whitespace tokens),
`language` (another script or language: "unknown"; a bare "no" declines), `marks` (lexicon
valences and boosts, negation scope, capitals), `rules` (the rules reading: scores,
boosts, gratitude, lacks and "too", emoji, "but", the squash), `cues` (complaints without a
word of sentiment: "could be better", "needs more benches", "nearly knock me over"; and a
complaint about a thing of the place before "but" is not outweighed by the praise after
it), `textblob_reading`
(TextBlob's assessments under the rules' negation scope); `lexicons` loads both lexicons,
`words` holds the hand-set word lists. The blend is here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol

from dialogs.language_id import language_of, primary
from dialogs.sentiment.language import declining, mostly_other_script, other_language
from dialogs.sentiment.lexicons import lexicons
from dialogs.sentiment.readers import READERS, installed
from dialogs.sentiment.rules import read
from dialogs.sentiment.textblob_reading import read_textblob
from dialogs.sentiment.tokens import spread_emoji, tokenise
from dialogs.sentiment.words import REPAIRING, SUGGESTING

SentimentClass = Literal["negative", "neutral", "positive", "unknown"]

BLEND = 0.55  # weight of the rules reading; TextBlob's gets 1 - BLEND
SCALE = 1.0  # applied to the blend; not fitted (bench/README.md)


@dataclass(frozen=True)
class Sentiment:
    polarity: float  # -1 (negative) .. 1 (positive), rounded to 3 decimals; 0.0 when unknown
    subjectivity: float  # 0 (factual) .. 1 (opinion), rounded to 3 decimals
    known: bool = True  # False: a language the analyser does not read


class Thresholds(Protocol):
    negative_threshold: float
    positive_threshold: float


class Components(NamedTuple):
    """The two readings of a text before they are blended (for bench/sentiment.py)."""

    rules: float  # -1..1
    textblob: float  # -1..1
    subjectivity: float  # 0..1
    known: bool


UNKNOWN = Sentiment(0.0, 0.0, known=False)


def analyse(text: str, language: str = "en") -> Sentiment:
    """Polarity and subjectivity of `text` written in `language` (a tag: "fr", "en-GB"),
    rounded to 3 decimals; known=False for a language with no analyser here, and for a text
    the analyser finds is not in its language."""
    language = primary(language)
    if language != "en":
        if not installed(language):
            return UNKNOWN
        if not text or text.isspace():
            return Sentiment(0.0, 0.0)
        polarity, subjectivity = READERS[language].read(text)
        polarity = max(-1.0, min(1.0, polarity))
        return Sentiment(round(polarity, 3), round(max(0.0, min(1.0, subjectivity)), 3))
    parts = components(text)
    if not parts.known:
        return Sentiment(0.0, 0.0, known=False)
    if declining(text):  # "No.", "nothing really": an answer, not a complaint
        return Sentiment(0.0, round(parts.subjectivity, 3))
    return Sentiment(round(blend(parts), 3), round(parts.subjectivity, 3))


def analysers() -> frozenset[str]:
    """The languages with an analyser here: English, and those whose package is installed."""
    return frozenset({"en", *(language for language in READERS if installed(language))})


def analyse_answer(text: str, *, languages: Sequence[str], assumed: str) -> Sentiment:
    """A member's answer read in the language it is written in among the session's
    `languages`, or in the member's (`assumed`) when that cannot be told."""
    return analyse(text, language_of(text, languages, assumed))


def warm_up() -> None:
    """Load every analyser now, not while a member's first answer waits."""
    for language in sorted(analysers()):
        analyse("warm up", language)


def classify(sentiment: Sentiment, rules: Thresholds) -> SentimentClass:
    """ "unknown" when not known; else negative below rules.negative_threshold (strictly),
    positive above rules.positive_threshold (strictly), else neutral."""
    if not sentiment.known:
        return "unknown"
    if sentiment.polarity < rules.negative_threshold:
        return "negative"
    if sentiment.polarity > rules.positive_threshold:
        return "positive"
    return "neutral"


def blend(parts: Components, weight: float = BLEND, scale: float = SCALE) -> float:
    """The shipped polarity from the two readings (0.0 for an unknown text)."""
    if not parts.known:
        return 0.0
    value = scale * (weight * parts.rules + (1.0 - weight) * parts.textblob)
    return max(-1.0, min(1.0, value))


def components(text: str) -> Components:
    """Both readings of `text`, unrounded."""
    if not text or text.isspace():
        return Components(0.0, 0.0, 0.0, True)
    lex = lexicons()
    if not text.isascii():
        if mostly_other_script(text):
            return Components(0.0, 0.0, 0.0, False)
        text = spread_emoji(text)
    words, ends, bangs = tokenise(text, lex)
    if not words:  # only joiners or variation selectors
        return Components(0.0, 0.0, 0.0, True)
    lower = [w.lower() for w in words]
    if other_language(lower, lex):
        return Components(0.0, 0.0, 0.0, False)
    reading = read(words, ends, text, lex)
    textblob, subjectivity = read_textblob(lower, bangs, reading, lex)
    if lower[0] in SUGGESTING and lower[0] not in REPAIRING:  # "Put bright lights there":
        # a wish, not a verdict (but "Fix the potholes" says they are broken)
        return Components(reading.compound * 0.5, textblob * 0.5, subjectivity, True)
    return Components(reading.compound, textblob, subjectivity, True)
