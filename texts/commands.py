"""/help's section headers, and each command's words: its menu line, usage and help line
(by the command's name; its row is in `usecases/catalogue.py`)."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/commands.ftl."""
    return text("commands", name)


HELP_MEMBER_HEADER: Text
HELP_ORGANISER_HEADER: Text
HELP_COORDINATOR_HEADER: Text
HELP_ADMIN_HEADER: Text
HELP_MORE: Text


# each command's words, by its name (its row in usecases/catalogue.py): its line in the
# command menu, how /help writes it (default /name), its line in /help, and what it does
# more for a session's team
MENU: Mapping[str, Text]
USAGE: Mapping[str, Text]
HELP: Mapping[str, Text]
STAFF_USAGE: Mapping[str, Text]
STAFF_HELP: Mapping[str, Text]
