"""Every text the engine shows a member, in one place to review and translate (English)."""

from __future__ import annotations

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/dialogs.ftl."""
    return text("dialogs", name)


TICK: Text
DONE: Text
CONTINUE: Text
CONTINUE_WORDS: Text  # words a member may type for Continue, separated by commas
# what an organiser may type in the /poll form besides the buttons (English is always read)
YES_WORDS: Text
NO_WORDS: Text
SEND_WORDS: Text

# question hints
SKIP_HINT: Text
PROPOSAL_HINT: Text
SCALE_HINT: Text
SCALE_HINT_PLAIN: Text
MULTI_HINT: Text
MULTI_HINT_MIN: Text
INTERESTS_HINT: Text
PREVIOUS_ANSWER: Text
SKIPPED: Text
NOTHING_SELECTED: Text

# acknowledgements
THANKS: Text
PROPOSAL_SAVED: Text
FEEDBACK_SAVED: Text
SKIPPED_ACK: Text
SAVED_NOTICE: Text

# refusals
TEXT_ONLY: Text
TAP_OPTION: Text
TAP_OPTION_OR_TYPE: Text
SCALE_RANGE: Text
EMPTY_TEXT: Text
TOO_LONG: Text
KEPT_TO_SHORTEN: Text
TOO_SHORT: Text
# a proposal is refused in the same words whether it comes from a flow step or /propose
PROPOSAL_TOO_LONG: Text
PROPOSAL_TOO_SHORT: Text
TOO_FEW: Text
TOO_MANY: Text
UNKNOWN_OPTION: Text
VOTE_CONTINUE: Text
STALE_BUTTON: Text
INVALID_BUTTON: Text
NOTHING_BEFORE: Text
CANNOT_SKIP: Text
UNKNOWN_COMMAND: Text
ALREADY_STARTED: Text
CHANGED_FLOW: Text

# the end
SUMMARY_HEAD: Text
SUMMARY_LINE: Text
NO_ANSWERS: Text
CLOSING: Text
FINISHED: Text
BACK_AFTER_END: Text

# the engagement loop (a flow may set its own: reminder_text, followup_text, ...)
REMINDER_TEXT: Text
FOLLOWUP_TEXT: Text
ELABORATION_TEXT: Text
CHAMPION_TEXT: Text
SIDE_HINT: Text
SIDE_THANKS: Text
SIDE_DECLINED: Text
