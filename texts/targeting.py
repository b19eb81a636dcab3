"""What organisers read about targeting (issue 21): the vote order they pin (/pin), the
holdout of a targeted send (/broadcast, /nudge with --holdout), and how those reached
compare with those held out (/stats, the report)."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/targeting.ftl."""
    return text("targeting", name)


PIN_USAGE: Text
PIN_UNKNOWN: Text
PINNED: Text
PINNED_NOW: Text
PIN_NONE: Text
PIN_OFF: Text

HOLDOUT_NEEDS_SEGMENT: Text
HOLDOUT_BAD: Text
HOLDOUT_HELD: Text
HOLDOUT_PREVIEW: Text

UPLIFT_HEADER: Text
UPLIFT_TITLE: Text
UPLIFT_LEDE: Text
UPLIFT_LINE: Text
UPLIFT_HELPED: Text
UPLIFT_NO_DIFFERENCE: Text
UPLIFT_FEWER: Text
UPLIFT_TOO_SMALL: Text
LEVERS: Mapping[str, Text]
