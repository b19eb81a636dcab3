"""What an organiser reads when a segment's rule cannot be read (`dialogs.segments`): where,
what was expected and what was found."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/rules.ftl."""
    return text("rules", name)


AT: Text
THE_END: Text
EXPECTED: Mapping[str, Text]
PROBLEMS: Mapping[str, Text]
