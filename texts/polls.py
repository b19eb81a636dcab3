"""Polls: a poll as members see it, /poll and its step-by-step form, ballots, results and
closing (/results, /closepoll), and the group chat polls are posted in (/linkgroup)."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/polls.ftl."""
    return text("polls", name)


POLL_HEADER: Text
POLL_SINGLE: Text
POLL_MULTI: Text
POLL_ANONYMOUS: Text
POLL_COUNTS_LATER: Text
POLL_VISIBLE: Text
RESULTS_HIDDEN: Text
POLL_CLOSES: Text
POLL_USAGE: Text
POLL_ERRORS: Mapping[str, Text]
POLL_NOT_OPEN_SESSION: Text
POLL_CREATED: Text
POLL_GROUP: Text
POLL_CREATED_FOR_NOBODY: Text
POLL_CREATED_TO: Text
FORM_TO_EVERYONE: Text
FORM_TO_SEGMENT: Text
FORM_SEGMENT_BUTTON: Text
FORM_PROMPTS: Mapping[str, Text]
FORM_BUTTONS: Mapping[str, Mapping[str, Text]]
FORM_CHOSEN: Text
FORM_SUMMARY_HEAD: Text
FORM_SUMMARY_TAIL: Text
FORM_CLOSES_AT: Text
FORM_BY_HAND: Text
YES: Text
NO: Text
FORM_OPTION_ADDED: Text
POLL_NOBODY: Text
NOBODY_JOINED: Text
NOBODY_AGREED: Text
NOBODY_OF_THOSE: Text
NOBODY_REASONS: Mapping[str, Text]
FORM_CANCELLED: Text
POLL_USAGE_ID: Text
NO_SUCH_POLL: Text
POLL_ALREADY_CLOSED: Text
POLL_CLOSED_BUTTON: Text
POLL_CLOSED_ON: Text
POLL_CLOSED_COPY: Text
POLL_CLOSED_REMINDER: Text
ORGANISER_RESULTS: Text
RESULTS_TIE: Text
RESULT_LINE: Text
POLL_NOT_MEMBER: Text
BALLOT_SAVED: Text
BALLOT_CLEARED: Text
RESULTS_SO_FAR: Text
RESULTS_FINAL: Text

LINKGROUP_USAGE: Text
LINKGROUP_TAKEN: Text
LINKGROUP_PRIVATE: Text
LINKED: Text
