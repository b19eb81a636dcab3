"""What became of proposals ("you said, we did"): organisers' /outcome, what members who
proposed or voted are told, the question asked after a proposal was done ("did this change
anything for you?") and its answers, and how outcomes read in /stats, the report and on
members' proposal cards."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/outcomes.ftl."""
    return text("outcomes", name)


# the states, as organisers write them and as everyone reads them
STATE_NAMES: Mapping[str, Text]
STATE_MARKS: Mapping[str, Text]

# /outcome, for the session's organisers
USAGE: Text
NO_STATE: Text
BAD_STATE: Text
TOO_LONG: Text
ASK_AFTER_BAD: Text
ASK_AFTER_NOT_DONE: Text
HIDDEN: Text
WITHDRAWN: Text
ALREADY: Text
REWORDED: Text
SAVED: Text
SAVED_WORDS: Text
SAVED_WORDS_KEPT: Text
TELLING: Text
TELLING_NOBODY: Text
TOLD_BEFORE: Text
AWAY: Text
WILL_ASK: Text
ADD_WHY: Text

# what members who proposed or voted hear
TOLD_HEAD: Text
TOLD_YOURS: Text
TOLD_VOTED: Text
TOLD_STATES: Mapping[str, Text]
TOLD_WHY: Text
TOLD_THANKS: Text

# the question after a proposal was done
QUESTION: Text
IMPACT_LABELS: Mapping[str, Text]
ANSWERED: Text
WORDS_PLEASE: Text
ALREADY_ANSWERED: Text
WORDS_KEPT: Text
WORDS_DECLINED: Text
WORDS_TOO_LONG: Text

# /stats, the report, the exports and members' cards
CARD_LINE: Text
CARD_WHY: Text
STATS_HEAD: Text
STATS_LINE: Text
STATS_ANSWERS: Text
REPORT_SECTION: Text
REPORT_COLUMNS: tuple[Text, ...]
REPORT_ASKED: Text
REPORT_COUNT: Text
REPORT_NOBODY: Text
REPORT_HISTORY: Text
