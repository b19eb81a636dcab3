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
HIDE_USAGE = "Usage: {command} [session code] <proposal number> [reason]"
NO_SUCH_PROPOSAL = "There is no proposal #{id}."
HIDDEN = "Proposal #{id} is hidden from members. Reason: {reason}"
ALREADY_HIDDEN = "Proposal #{id} is already hidden."
UNHIDDEN = "Proposal #{id} is visible to members again."
NOT_HIDDEN = "Proposal #{id} is not hidden."
NO_REASON = "no reason given"
YOUR_PROPOSAL_HIDDEN = (
    "The organisers of “{title}” have hidden your proposal “{text}”: others no longer see it "
    "or vote on it.\nReason: {reason}\nIf you think this is a mistake, tell them with "
    "/feedback."
)
YOUR_PROPOSAL_SHOWN = (
    "Your proposal “{text}” is visible again in “{title}”: others can see it and vote on it."
)
PROPOSAL_WITHDRAWN = "Proposal #{id} was withdrawn by its author: it stays hidden, with its votes."
REASON_TOO_LONG = "That reason is too long: please keep it under {limit} characters."

# proposals across languages (/translate)
CARD_WRITTEN_IN = "(written in {language})"
CARD_TRANSLATED = "(translated by the organisers from {language})"
TRANSLATE_USAGE = (
    "Usage: /translate [session code] <proposal number> <language> <text>\n"
    "For example: /translate 4 es Poner farolas junto al estanque"
)
TRANSLATE_NOT_OFFERED = "This session is not in “{typed}”. Its languages: {languages}."
TRANSLATE_SAME = "Proposal #{id} is written in {language} already."
TRANSLATE_LONG = "That translation is too long: please keep it to {most} characters at most."
TRANSLATED = (
    "Proposal #{id} in {language}: “{text}”\nMembers who read {language} see it so; their "
    "votes count for the one proposal."
)
TRANSLATION_REPLACED = "Proposal #{id} in {language} now reads: “{text}” (instead of “{before}”)."
