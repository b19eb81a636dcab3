"""Texts of the Telegram shell itself (`bot/`): what it says when it fails or when someone writes
faster than it reads."""

from __future__ import annotations

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/shell.ftl."""
    return text("shell", name)


BUSY_RETRY: Text
TOO_FAST: Text

# `codesign grant` / `codesign revoke`: the person's command menu
MENU_SET: Text
MENU_AT_NEXT_START: Text
