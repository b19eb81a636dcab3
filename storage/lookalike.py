"""What a text looks like, for finding duplicates: a skeleton in the spirit of Unicode's
UTS #39, with its confusables data (the `confusable-homoglyphs` package). Accents, emoji and
invisible characters are left out, letters of other scripts that look like Latin ones (a
Cyrillic "а", a Greek "ο") become those, case is folded."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from confusable_homoglyphs import confusables

DROPPED = {"Mn", "Me", "Cf", "So", "Sk"}  # marks (accents), format, symbols (emoji)
BIDI_MARKS = str.maketrans("", "", "\u200e\u200f")  # around right-to-left glyphs in the data


def skeleton(text: str) -> str:
    """The text as it looks: `Вenches 🌳 cafés` and `benches cafes` are the same."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in DROPPED)
    looks = "".join(_prototype(c) for c in kept).casefold()  # a capital's look first ("В")
    return "".join(_prototype(c) for c in looks)  # then a small letter's ("о")


@lru_cache(maxsize=4096)
def _prototype(char: str) -> str:
    """The Latin letter or digit `char` looks like, or `char` itself."""
    if char.isascii():
        return char
    found = confusables.is_confusable(char, greedy=True)
    if not found:
        return char
    glyphs = [g["c"].translate(BIDI_MARKS) for g in found[0]["homoglyphs"]]
    latin = [g for g in glyphs if len(g) == 1 and g.isascii() and g.isalnum()]
    return latin[0] if latin else char
