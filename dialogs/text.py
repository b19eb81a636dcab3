"""What a person typed, made safe to store, measure and compare: Unicode normalised (NFKC,
so look-alike forms such as full-width letters become the plain ones) and stripped of
characters that show nothing or disguise the text (control and format characters: NUL,
zero-width spaces, bidirectional overrides) or that no database stores (lone surrogates).
A zero-width joiner inside an emoji sequence stays."""

from __future__ import annotations

import unicodedata

_KEEP_CONTROLS = {"\n", "\t"}
_JOINER = "\u200d"
_DROP = {"Cc", "Cf", "Cs"}


def clean(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    kept = []
    for i, ch in enumerate(text):
        if ch in _KEEP_CONTROLS:
            kept.append(ch)
        elif ch == _JOINER:
            if _emoji(text, i - 1) and _emoji(text, i + 1):
                kept.append(ch)
        elif unicodedata.category(ch) not in _DROP:
            kept.append(ch)
    return "".join(kept)


def _emoji(text: str, i: int) -> bool:
    if not 0 <= i < len(text):
        return False
    ch = text[i]
    return unicodedata.category(ch) == "So" or "\U0001f000" <= ch <= "\U0001faff"
