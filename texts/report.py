"""The shareable HTML report (`codesign report`, /report): what a coordinator hands to a
council or posts to the community. Plain words: no name of the bot's machinery."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/report.ftl."""
    return text("report", name)


# -- /report in the chat -------------------------------------------------------------------
USAGE: Text
QUEUED: Text
CAPTION: Text
CAPTION_MODERATED: Text
AUDIT: Text
AUDIT_MODERATED: Text

# -- the document ---------------------------------------------------------------------------
TITLE: Text
KICKER: Text
KICKER_SEP: Text
RUN_BY: Text
RUN_BY_WITH: Text
COORDINATED_BY: Text
AND: Text
RAN: Text
OPEN_SINCE: Text
NOT_OPENED: Text
TAKE_PART: Text
CONTENTS: Text
TILES: Mapping[str, Text]
FOOTER: Text
MADE: Text
NOT_ENOUGH: Text

# -- what was asked -------------------------------------------------------------------------
ASKED: Text
ASKED_NONE: Text
ASKED_KINDS: Mapping[str, Text]
OPTIONAL: Text
SOME_ONLY: Text

# -- participation --------------------------------------------------------------------------
PARTICIPATION: Text
PARTICIPATION_NONE: Text
PARTICIPATION_LEDE: Text
STAGES: Mapping[str, Text]
DECLINED: Text

# -- results per question, themes, outcomes -------------------------------------------------
RESULTS: Text
RESULTS_COUNTED: Text
RESULTS_SKIPPED: Text
RESULTS_MULTIPLE: Text
RESULTS_SCALE: Text
RESULTS_NONE: Text
RESULTS_MORE: Text
THEMES: Text
THEMES_LEDE: Text
THEMES_TOO_FEW: Text
THEME_SIZE: Text
OUTCOMES: Text
OUTCOMES_NONE: Text
OUTCOME_STATES: Mapping[str, Text]
OUTCOME_DECIDED: Text
OUTCOME_CHANGED: Text

# -- proposals ------------------------------------------------------------------------------
PROPOSALS: Text
PROPOSALS_NONE: Text
PROPOSALS_LEDE: Text
PROPOSALS_LEDE_ONE: Text
MODERATED_OUT: Text
MODERATED_OUT_ONE: Text
MODERATED_SHOWN: Text
MODERATED_SHOWN_ONE: Text
MODERATED: Text
SEGMENT: Text
WITHDRAWN: Text
WITHDRAWN_TEXT: Text
BY: Text
MOST_AGREED: Text
MOST_DIVISIVE: Text
RANK_HOW: Text
TOO_FEW_TO_RANK: Text
NONE_AGREED: Text
ALL_PROPOSALS: Text
VOTES: Text
NO_VOTES: Text
NOT_RANKED: Text
LEGEND: tuple[Text, ...]

# -- polls ----------------------------------------------------------------------------------
POLLS: Text
POLL_HEAD: Text
POLL_OPEN: Text
POLL_CLOSED: Text
POLL_VOTERS: Text
POLL_VOTERS_ONE: Text
POLL_MULTIPLE: Text
POLL_HIDDEN: Text
POLL_ANONYMOUS: Text

# -- opinion groups -------------------------------------------------------------------------
GROUPS: Text
GROUPS_PREFIX: Text  # how the /stats lines start: the heading says it
GROUPS_HOW: Text

# -- how members joined ---------------------------------------------------------------------
JOINING: Text
JOINING_NONE: Text
JOINING_DIRECT: Text
JOINING_INVITED: Text
JOINING_LEDE: Text
INVITERS: Text
INVITERS_ONE: Text
INVITER: Text

# -- feelings -------------------------------------------------------------------------------
FEELINGS: Text
FEELINGS_NONE: Text
FEELINGS_LEDE: Text
FEELINGS_HOW: Text
FEELING_NAMES: Mapping[str, Text]
FEELINGS_OVER_TIME: Text
FEELINGS_FEW_POINTS: Text
FEELINGS_HIGH: Text
FEELINGS_LOW: Text

# -- reminders ------------------------------------------------------------------------------
REMINDERS: Text
REMINDERS_LEDE: Text
REMINDER_KINDS: Mapping[str, Text]
SHARE: Text  # every share: raw, beside its counts
