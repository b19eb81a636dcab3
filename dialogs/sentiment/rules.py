"""The rules reading: VADER's rules re-implemented in passes over the marked words, plus
the chat rules (lacks, "too", "not working", gratitude, emoji), squashed to -1..1."""

from __future__ import annotations

import math
from typing import NamedTuple

from dialogs.sentiment.cues import score_cues
from dialogs.sentiment.lexicons import Lexicons
from dialogs.sentiment.marks import Marked, mark, rated_after
from dialogs.sentiment.words import (
    BROKEN_VALENCE,
    EMOJI,
    GRATITUDE,
    INTENSIFYING,
    LACK,
    LACK_VALENCE,
    NEGATION_SCOPE,
    NOT_A_LACK,
    NOTHING_TO,
    PLACE_NOUNS,
    PLACE_WORDS,
    TOO_VALENCE,
    WARMER,
    WORKING,
)


class Reading(NamedTuple):
    compound: float
    negated: list[bool]  # a negation reaches this word
    muted: list[bool]  # TextBlob should not rate it: "pretty" in "pretty bad", "many" after "too"
    extra: list[tuple[int, float]]  # (word, valence) the rules add that TextBlob does not rate
    but: int | None  # index of the first "but"
    weights: tuple[float, float]  # of the words before and after it


def read(words: list[str], ends: list[bool], text: str, lex: Lexicons) -> Reading:
    marked = mark(words, ends, lex)
    score_words(marked, lex)
    score_lacks(marked)
    score_cues(marked)
    score_emoji(marked, lex)
    scores, but, weights = weigh_but(marked.scores, marked.lower)
    return Reading(compound(scores, text), marked.negated, marked.muted, marked.extra, but, weights)


def score_words(m: Marked, lex: Lexicons) -> None:
    """Each rated word's valence; an intensifying rated word boosts the next one instead."""
    for i, word in enumerate(m.lower):
        value = m.valences[i]
        if word in INTENSIFYING and i + 1 < m.n and not m.ends[i] and m.valences[i + 1] is not None:
            m.muted[i] = True
            m.boosts[i] = INTENSIFYING[word]
            continue
        if value is None:
            if m.negated[i] and word in WORKING:  # "doesn't work", "not working"
                m.scores[i] = BROKEN_VALENCE
                m.extra.append((i, BROKEN_VALENCE))
            continue
        if word == "no" and i + 1 < m.n and m.valences[i + 1] is not None:
            continue  # "no" negates the next word instead ("no problem")
        m.scores[i] = score_word(m, i, value, lex)


def score_word(m: Marked, i: int, value: float, lex: Lexicons) -> float:
    """A rated word's valence with capitals, boosts, gratitude's warmth or a negation."""
    word = m.lower[i]
    if (m.mixed_caps and m.words[i].isupper()) or m.shouted:
        value += lex.c_incr if value > 0 else -lex.c_incr
    value = boosted(m, i, value, lex)
    if word in GRATITUDE:  # "thanks so much", "thank you very much": said with more warmth
        value += sum(1 for j in range(i + 1, min(m.n, i + 4)) if m.lower[j] in WARMER) * lex.b_incr
        m.extra.append((i, value))  # instead of TextBlob's mild noun "thanks" (0.2)
        m.muted[i] = True
    elif m.negated[i]:
        value *= lex.n_scalar
    if (word in PLACE_WORDS or word not in lex.valence) and word not in lex.textblob:
        m.extra.append((i, value))  # read by the rules only: "unsafe", "litter", "goood"
    return value


def boosted(m: Marked, i: int, value: float, lex: Lexicons) -> float:
    """The boosts of the NEGATION_SCOPE words before word i (in its clause), fading."""
    for k in range(1, NEGATION_SCOPE + 1):
        if i - k < 0 or m.ends[i - k]:
            break
        boost = m.boosts[i - k]
        if boost:
            boost = boost if value > 0 else -boost
            if m.mixed_caps and m.words[i - k].isupper():
                boost += lex.c_incr if value > 0 else -lex.c_incr
            value += boost * (1.0, 0.95, 0.9)[k - 1]
    return value


def score_lacks(m: Marked) -> None:
    """ "no" / "nothing" with nothing rated after it reads as a lack; "too" before a word
    that is not praise reads as a problem."""
    for i, word in enumerate(m.lower):
        if i + 1 >= m.n or m.ends[i]:
            continue
        if word in LACK and not m.negated[i] and not not_a_lack(m.lower, i):
            if not rated_after(m, i):
                m.scores[i] = LACK_VALENCE  # "nothing works", "no lights at night"
                m.extra.append((i, LACK_VALENCE))
        elif word == "too" and ((after := m.valences[i + 1]) is None or after < 0):
            m.scores[i] = TOO_VALENCE  # "too dark", "too many dogs"
            m.extra.append((i, TOO_VALENCE))
            m.muted[i + 1] = True  # TextBlob's "many" (+0.5) is not praise here


def not_a_lack(lower: list[str], i: int) -> bool:
    """ "nothing else", "nothing to add", "no problem": not a complaint about a lack."""
    following = lower[i + 1]
    if following in NOT_A_LACK:
        return True
    return following == "to" and i + 2 < len(lower) and lower[i + 2] in NOTHING_TO


def score_emoji(m: Marked, lex: Lexicons) -> None:
    """Emoji by EMOJI, else by VADER's reading of their names ("crying face")."""
    for i, word in enumerate(m.words):
        if len(word) == 1 and not word.isascii() and (word in EMOJI or word in lex.emoji_names):
            value = EMOJI.get(word)
            if value is None:
                value = sum(lex.valence.get(w, 0.0) for w in lex.emoji_names[word].split())
            m.scores[i] = value
            m.extra.append((i, value))


def weigh_but(
    scores: list[float], lower: list[str]
) -> tuple[list[float], int | None, tuple[float, float]]:
    """After the first "but" words count more, before it less (VADER's rule); except after
    a complaint about a thing of the place, which the praise after it does not outweigh
    ("the lighting is terrible but the trees are nice"): then the complaint counts more and
    the praise less. (Not for any complaint: people read "Dark and disturbing, but also
    surprisingly funny" as praise, bench/README.md.)"""
    if "but" not in lower:
        return scores, None, (1.0, 1.0)
    but = lower.index("but")
    weights = (0.5, 1.5)
    complaint = sum(scores[:but]) < 0 and PLACE_NOUNS.intersection(lower[:but])
    if complaint and sum(scores[but + 1 :]) > 0:
        weights = (1.5, 0.5)
    before, after = weights
    weighed = [s * (before if j < but else after if j > but else 1.0) for j, s in enumerate(scores)]
    return weighed, but, weights


def compound(scores: list[float], text: str) -> float:
    """The sum with its exclamation marks, squashed to -1..1 (VADER's normalisation)."""
    total = sum(scores)
    if total:
        emphasis = min(text.count("!"), 4) * 0.292
        total += emphasis if total > 0 else -emphasis
    return total / math.sqrt(total * total + 15.0)
