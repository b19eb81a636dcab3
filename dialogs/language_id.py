"""Which of a session's languages a member's words are written in (issue 19).

`detect(text, allowed)` answers only with one of `allowed` (ISO 639-1 codes, as a flow or a
member's Telegram settings give them: "pl", "en-GB"), or None when it cannot tell: no
letters (emoji, numbers), letters of a script none of the allowed languages is written in,
or too short or too close to call. None means "assume the member's language"
(`language_of`).

First the script: the letters' own script (Unicode's names) leaves the allowed languages
written in it, so one Arabic word in a session of English and Arabic is Arabic, and "Fine"
is English. When several remain, py3langid (a naive Bayes model of byte n-grams over 97
languages, langid.py's, 4.5 MB; numpy) restricted to them decides, with its normalised
probability at least MIN_CONFIDENCE. Measured on short co-design answers in
bench/language_id.py (bench/README.md), beside lingua-language-detector (as accurate on
these, 20 times the size).

The model is loaded on the first text that needs it (about 1.6 s and 70 MB), once per
process; a session of one language, or of languages of different scripts, never loads it.
Pure: no network, no database, no clock.
"""

from __future__ import annotations

import copy
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

MIN_CONFIDENCE = 0.7  # py3langid's normalised probability; below it: None (bench/README.md)

# The script of languages not written in Latin letters (Unicode's name for it, as the first
# word of a letter's name); any other language is taken to be written in Latin letters.
_SCRIPTS = {
    "ARABIC": "ar fa ur ps sd ug ckb",
    "HEBREW": "he yi",
    "CYRILLIC": "ru uk be bg mk kk ky mn tg",
    "GREEK": "el",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
    "DEVANAGARI": "hi mr ne sa",
    "BENGALI": "bn as",
    "GURMUKHI": "pa",
    "GUJARATI": "gu",
    "TAMIL": "ta",
    "TELUGU": "te",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "SINHALA": "si",
    "THAI": "th",
    "LAO": "lo",
    "KHMER": "km",
    "MYANMAR": "my",
    "ETHIOPIC": "am ti",
    "HANGUL": "ko",
    "CJK": "zh ja",
}
SCRIPT_OF = {code: script for script, codes in _SCRIPTS.items() for code in codes.split()}
_SAME_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK"}  # Japanese mixes them with kanji


def primary(code: str) -> str:
    """The language of a tag: "en-GB" -> "en", "es_419" -> "es"."""
    return code.replace("_", "-").split("-")[0].strip().lower()


def detect(text: str, allowed: Sequence[str]) -> str | None:
    """The language of `allowed` that `text` is written in, or None when it cannot tell."""
    candidates = tuple(dict.fromkeys(p for code in allowed if (p := primary(code))))
    script = dominant_script(text)
    if script is None:
        return None
    fitting = tuple(c for c in candidates if SCRIPT_OF.get(c, "LATIN") == script)
    if len(fitting) <= 1:
        return fitting[0] if fitting else None
    model = _identifier(tuple(sorted(fitting)))
    if model is None:
        return None  # a language the model does not know: nothing to compare it with
    language, confidence = model.classify(text)
    return str(language) if confidence >= MIN_CONFIDENCE else None


def language_of(text: str, allowed: Sequence[str], assumed: str) -> str:
    """The language `text` is written in among `allowed`; `assumed` (the member's) when that
    cannot be told."""
    return detect(text, allowed) or primary(assumed)


def dominant_script(text: str) -> str | None:
    """The script most of the letters of `text` are in (None: no letters)."""
    scripts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            first = name.split(" ", 1)[0] if name else ""
            scripts[_SAME_SCRIPT.get(first, first)] += 1
    return scripts.most_common(1)[0][0] if scripts else None


def warm_up() -> None:
    """Load the model now (the first text in a session of several Latin-script languages
    would otherwise wait for it)."""
    _model()


@cache
def _model() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # lazy: 1.6 s, 70 MB

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _identifier(languages: tuple[str, ...]) -> Any:
    """The model restricted to `languages` (a copy: the loaded model stays whole, and each
    set of languages keeps its own), or None if it does not know one of them."""
    model = _model()
    if not set(languages) <= set(model.labels):
        return None
    restricted = copy.copy(model)
    restricted.set_languages(list(languages))
    return restricted
