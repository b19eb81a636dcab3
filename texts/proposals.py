"""Proposals and votes: the cards members vote on (/proposals), /propose, /feedback, and
organisers hiding a proposal (/hide, /unhide)."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/proposals.ftl."""
    return text("proposals", name)


CARD_HEADER: Text
CARD_OWN: Text
CARD_YOUR_VOTE: Text
CARD_NOT_VOTED: Text
VOTE_LABELS: Mapping[str, Text]
CARD_SAVED_NEXT: Text
CARD_ALL_VOTED: Text
LEFT_UNVOTED: Text
CARD_NOTHING_TO_VOTE: Text
PREVIOUS: Text
NEXT: Text
NO_PROPOSALS: Text
PROPOSAL_EMPTY: Text
PROPOSAL_DUPLICATE: Text
PROPOSAL_SAVED: Text
PROPOSAL_REWORDED: Text
VOTES_CLEARED: Text
PROPOSAL_KEPT: Text
NEW_TO_VOTE: Text
VOTE_NOW: Text
VOTE_SAVED: Text
VOTE_UNCHANGED: Text
OWN_PROPOSAL: Text
PROPOSAL_HIDDEN_BUTTON: Text
MILESTONE: Text

FEEDBACK_USAGE: Text
FEEDBACK_LONG: Text
FEEDBACK_SAVED: Text

HIDE_USAGE: Text
NO_SUCH_PROPOSAL: Text
HIDDEN: Text
ALREADY_HIDDEN: Text
UNHIDDEN: Text
NOT_HIDDEN: Text
NO_REASON: Text
YOUR_PROPOSAL_HIDDEN: Text
YOUR_PROPOSAL_SHOWN: Text
PROPOSAL_WITHDRAWN: Text
REASON_TOO_LONG: Text

# proposals across languages (/translate)
CARD_WRITTEN_IN: Text
CARD_TRANSLATED: Text
TRANSLATE_USAGE: Text
TRANSLATE_NOT_OFFERED: Text
TRANSLATE_SAME: Text
TRANSLATE_LONG: Text
TRANSLATED: Text
TRANSLATION_REPLACED: Text
# after an agree vote: the member's link to the proposal, to pass on
SHARE_PROPOSAL_BUTTON: Text
SHARE_PROPOSAL_TEXT: Text
