"""What organisers read about segments: /segments, /segment add, remove and show, and
`--to NAME` on other commands."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/segments.ftl."""
    return text("segments", name)


USAGE: Text
LIST_USAGE: Text
NONE_YET: Text
LIST_HEAD: Text
LINE: Text
LINE_BROKEN: Text
LIST_FOOT: Text
ORIGINS: Mapping[str, Text]
NOT_ADDED: Text
NO_INVITER: Text
EXISTS: Text
ADDED: Text
REMOVED: Text
UNKNOWN: Text
NO_NAMES: Text
RULE_BROKEN: Text
SHOW_HEAD: Text
SHOW_MORE: Text
TO_MISSING: Text
SMALL_CUT: Text
CUT_HEAD: Text
PREVIEW_TO: Text
NOBODY_IN: Text
