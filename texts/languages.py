"""Languages by name, from the Unicode CLDR data Babel ships: each in its own words on the
/language buttons ("Español", "Polski"), and in the reader's words where a proposal names
the language it was written in ("Spanish" for an English reader)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError


@lru_cache(maxsize=256)
def own_name(code: str) -> str:
    """A language as its speakers write it, capitalised for a button: "Español"."""
    return _name(code, code)


@lru_cache(maxsize=1024)
def name_in(code: str, reader: str) -> str:
    """A language as a reader of `reader` says it: "Spanish" for an English reader."""
    return _name(code, reader)


def _name(code: str, reader: str) -> str:
    """The name, else its English name (a reader's language Babel does not know), else the
    code itself."""
    for words in (reader, "en"):
        try:
            name = Locale.parse(code, sep="-").get_display_name(Locale.parse(words, sep="-"))
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        if name:
            return name[:1].upper() + name[1:]
    return code
