"""Themes in what members wrote (/themes <code> [step], `codesign themes FILE`, the report)."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/themes.ftl."""
    return text("themes", name)


THEMES_USAGE: Text
THEMES_HEAD_SESSION: Text
THEMES_HEAD_STEP: Text
THEMES_HEAD_FILE: Text
THEME_LINE: Text
THEME_QUOTE: Text
THEME_QUOTE_PLAIN: Text
THEMES_TOO_FEW_SESSION: Text
THEMES_TOO_FEW_STEP: Text
THEMES_TOO_FEW_FILE: Text
THEMES_UNSORTED: Text
THEMES_HOW: Text
# a theme's mean sentiment in plain words, by the flow's thresholds
THEME_MOODS: Mapping[str, Text]
THEME_MOOD: Text
REPORT_THEMES: Text
REPORT_THEMES_COLUMNS: tuple[Text, ...]
