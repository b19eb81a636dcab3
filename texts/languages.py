"""Languages by name, from the Unicode CLDR data Babel ships: each in its own words where
members choose ("español", "polski"; capitalised on a /language button: "Español"), and in
the reader's words where a text names a language ("Spanish" for an English reader,
"inglés" for a Spanish one).

Names are as CLDR writes them in a sentence: English capitalises language names, Spanish,
French and Polish do not ("escrita en inglés", "en español"), Arabic has no capitals. Only
a name that starts a button or a line is capitalised (`capitalised`)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError


@lru_cache(maxsize=256)
def own_name(code: str) -> str:
    """A language as its speakers write it in a sentence: "español", "English"."""
    return _name(code, code)


def button_name(code: str) -> str:
    """A language as its speakers write it at the start of a button: "Español"."""
    return capitalised(own_name(code))


@lru_cache(maxsize=1024)
def name_in(code: str, reader: str) -> str:
    """A language as a reader of `reader` says it in a sentence: "Spanish" for an English
    reader, "inglés" for a Spanish one."""
    return _name(code, reader)


def capitalised(name: str) -> str:
    """A name starting a button or a line: its first letter a capital."""
    return name[:1].upper() + name[1:]


def _name(code: str, reader: str) -> str:
    """The name, else its English name (a reader's language Babel does not know), else the
    code itself."""
    for words in (reader, "en"):
        try:
            name = Locale.parse(code, sep="-").get_display_name(Locale.parse(words, sep="-"))
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        if name:
            return name
    return code
