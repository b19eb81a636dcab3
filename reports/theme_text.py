"""Themes as lines of text, for /themes and `codesign themes` (pure)."""

from __future__ import annotations

from collections.abc import Callable

import texts.themes
from reports.cells import visible
from reports.summaries import short
from reports.themes import Theme, Themes

QUOTE_CHARS = 160  # a quote longer than this is cut


def feeling(theme: Theme, mood: Callable[[float | None], str]) -> str:
    """ "on the whole negative (-0.42)": the theme's mean sentiment under the flow's
    thresholds (`mood` as `reports.figures.mood_of` makes it)."""
    words = texts.themes.THEME_MOODS[mood(theme.sentiment) or "unknown"]
    if theme.sentiment is None:
        return words
    polarity = round(theme.sentiment, 2) + 0.0  # never "-0.00"
    return texts.themes.THEME_MOOD.format(words=words, polarity=polarity)


def theme_entries(found: Themes, mood: Callable[[float | None], str]) -> list[str]:
    """One entry per theme: its number, label, size, feeling and quotes (with who said each,
    as the caller labelled them: a pseudonym, never a name)."""
    entries = []
    for n, theme in enumerate(found.themes, start=1):
        lines = [
            texts.themes.THEME_LINE.format(
                number=n,
                label=visible(theme.label),
                size=theme.size,
                total=found.answers,
                mood=feeling(theme, mood),
            )
        ]
        for quote in theme.quotes:
            text = short(visible(quote.text), QUOTE_CHARS)
            line = texts.themes.THEME_QUOTE if quote.who else texts.themes.THEME_QUOTE_PLAIN
            lines.append(line.format(text=text, who=quote.who))
        entries.append("\n".join(lines))
    return entries


def theme_notes(found: Themes) -> list[str]:
    """What to know beside the themes: answers left unsorted, and how they were found."""
    notes = [texts.themes.THEMES_UNSORTED.format(n=found.unsorted)] if found.unsorted else []
    return [*notes, texts.themes.THEMES_HOW]
