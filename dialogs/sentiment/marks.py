"""What the rules reading marks on each word before scoring: its lexicon valence or its
boost, whether a negation reaches it, and whether the text is shouted in capitals."""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.sentiment.lexicons import STRETCHED, Lexicons, rx
from dialogs.sentiment.words import NEGATION_SCOPE


@dataclass
class Marked:
    """The words of a text and what the passes mark on them (scores and extra are filled
    in by the scoring passes, in order)."""

    words: list[str]
    lower: list[str]
    ends: list[bool]  # the word ends a clause: a negation does not reach past it
    boosts: list[float | None]  # VADER's intensifiers and dampeners
    valences: list[float | None]  # rated words (None: not rated, or a booster)
    negated: list[bool]  # a negation reaches this word
    muted: list[bool]  # TextBlob should not rate it: "pretty" in "pretty bad"
    shouted: bool  # the whole message in capitals
    mixed_caps: bool  # some words in capitals among others
    scores: list[float]
    extra: list[tuple[int, float]]  # (word, valence) the rules add that TextBlob does not rate

    @property
    def n(self) -> int:
        return len(self.words)


def mark(words: list[str], ends: list[bool], lex: Lexicons) -> Marked:
    n = len(words)
    lower = [w.lower() for w in words]
    shouted, mixed_caps = capitals(words)
    boosts = [booster(w, lex) for w in lower]
    valences = [None if boosts[i] else valence(w, lex) for i, w in enumerate(lower)]
    negated = negation_scope(lower, ends, lex)
    muted = [False] * n
    return Marked(
        words, lower, ends, boosts, valences, negated, muted, shouted, mixed_caps, [0.0] * n, []
    )


def capitals(words: list[str]) -> tuple[bool, bool]:
    """Whether the whole text is shouted, and whether some words are in capitals."""
    alpha = [w for w in words if len(w) > 1 and w.isalpha()]
    capitals = sum(1 for w in alpha if w.isupper())
    shouted = bool(alpha) and capitals == len(alpha) and (len(alpha) > 1 or len(alpha[0]) > 3)
    mixed_caps = 0 < capitals < len(alpha)
    return shouted, mixed_caps


def negation_scope(lower: list[str], ends: list[bool], lex: Lexicons) -> list[bool]:
    """A negation reaches the NEGATION_SCOPE words after it, up to the end of its clause."""
    negated = [False] * len(lower)
    reach = 0  # words a negation still reaches
    for i, word in enumerate(lower):
        negated[i] = reach > 0
        reach = NEGATION_SCOPE if (word in lex.negate or "n't" in word) else reach - 1
        if ends[i]:
            reach = 0
    return negated


def valence(word: str, lex: Lexicons) -> float | None:
    value = lex.valence.get(word)
    if value is not None or len(word) < 4:
        return value
    stretched = rx(STRETCHED)
    if stretched.search(word):  # "goooood" -> "good"
        for short in (stretched.sub(r"\1\1", word), stretched.sub(r"\1", word)):
            if short in lex.valence:
                return lex.valence[short]
    for prefix in ("un", "dis"):  # "unsafe", "dishonest" when the lexicon lacks them
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            base = lex.valence.get(word[len(prefix) :])
            if base is not None and abs(base) >= 1.0:
                return base * lex.n_scalar
    return None


def booster(word: str, lex: Lexicons) -> float | None:
    if word in lex.valence:
        return None
    value = lex.boost.get(word)
    if value is None and len(word) > 2 and rx(STRETCHED).search(word):  # "sooo"
        value = lex.boost.get(rx(STRETCHED).sub(r"\1", word))
    return value


def rated_after(m: Marked, i: int) -> bool:
    """Is a word rated (or muted) within a negation's reach after word i, in its clause?"""
    rated = False
    for j in range(i + 1, min(m.n, i + 1 + NEGATION_SCOPE)):
        rated = rated or m.valences[j] is not None or m.muted[j]
        if m.ends[j]:
            break
    return rated
