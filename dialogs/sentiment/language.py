"""What language: a text the analyser does not read is "unknown"; a bare "no" declines."""

from __future__ import annotations

from dialogs.sentiment.lexicons import Lexicons, rx
from dialogs.sentiment.tokens import PUNCTUATION
from dialogs.sentiment.words import DECLINING, ENGLISH_ACCENTED, REFUSING

_LATIN = r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"
_OTHER_LETTER = r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]"


def mostly_other_script(text: str) -> bool:
    """More letters of another script (Cyrillic, Han, Arabic...) than Latin ones."""
    other = len(rx(_OTHER_LETTER).findall(text))
    return other > 0 and other >= len(rx(_LATIN).findall(text))


def other_language(lower: list[str], lex: Lexicons) -> bool:
    """More words that mark another Latin-script language than words that mark English."""
    foreign = english = 0
    for word in lower:
        if word in lex.foreign:
            foreign += 1
        elif word in lex.english:
            english += 1
        elif not word.isascii() and word.isalpha() and word not in ENGLISH_ACCENTED:
            foreign += 1  # "está", "schön", "ça"
    return foreign > 0 and foreign >= english


def declining(text: str) -> bool:
    """A bare "no" to an open question ("No", "Nothing really", "Not much", "I don't think
    so"): only declining words, one of them a refusal. (With thanks it is polite, and the
    rules read it so.)"""
    words = [w.strip(PUNCTUATION) for w in text.casefold().split()]
    words = [w for w in words if w]
    return (
        0 < len(words) <= 5
        and all(w in DECLINING for w in words)
        and any(w in REFUSING for w in words)
    )
