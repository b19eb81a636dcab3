"""Tokenising: emoji spread into words of their own, then whitespace tokens."""

from __future__ import annotations

from dialogs.sentiment.lexicons import Lexicons, rx

PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~…“”‘’«»"
CLAUSE_END = (",", ";", ":", ".", "!", "?", "…")
_EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u2190-\u21ff\u3030\u303d]"
_INVISIBLE = "[\ufe0f\ufe0e\u200d\U0001f3fb-\U0001f3ff]"


def spread_emoji(text: str) -> str:
    """Emoji as words of their own, without variation selectors and skin tones."""
    return rx(_EMOJI).sub(r" \g<0> ", rx(_INVISIBLE).sub("", text))


def tokenise(text: str, lex: Lexicons) -> tuple[list[str], list[bool], list[int]]:
    """Whitespace tokens, punctuation stripped unless the token is a rated emoticon; whether
    each ends a clause (a negation does not reach past it); its trailing exclamation marks."""
    words = []
    ends = []
    bangs = []
    for token in text.split():
        if token.lower() in lex.valence:
            words.append(token)
            ends.append(False)
            bangs.append(0)
        else:
            words.append(token.strip(PUNCTUATION) or token)
            ends.append(token.endswith(CLAUSE_END))
            bangs.append(len(token) - len(token.rstrip("!")) if token.endswith("!") else 0)
    return words, ends, bangs
