"""What organisers and coordinators read about a session: what members wrote, in pages
(/proposals, /feedback, /answers <code>), its numbers and chart (/stats), its exports (/export).
The shareable HTML report's texts are in `texts.report`."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/reports.ftl."""
    return text("reports", name)


READ_USAGE: Text
PROPOSALS_FOR_A_SESSION: Text
ANSWERS_USAGE: Text
ANSWERS_USAGE_PLAIN: Text
ANSWERS_WHICH: Text
NO_SUCH_STEP: Text
PAGE_FOOTER: Text
PAGE_LAST: Text
NO_PAGE: Text
PROPOSALS_HEAD: Text
PROPOSAL_LINE: Text
QUOTED: Text
PROPOSAL_HIDDEN_FLAG: Text
PROPOSAL_WITHDRAWN_FLAG: Text
WITHDRAWN_TEXT: Text
NO_PROPOSALS_READ: Text
FEEDBACK_HEAD: Text
FEEDBACK_LINE: Text
NO_FEEDBACK_READ: Text
ANSWERS_HEAD: Text
ANSWERS_TALLY: Text
ANSWER_LINE: Text
SIDE_ANSWER_LINE: Text
NO_ANSWERS_READ: Text
MOOD: Text
MOOD_UNKNOWN: Text
MOODS: Mapping[str, Text]
SIDE_KINDS: Mapping[str, Text]

STATS_HEAD: Text
STATS_FUNNEL: Text
STATS_STAGE: Text
STATS_STAGE_SHARE: Text
STATS_STAGE_NAMES: Mapping[str, Text]
STATS_REPLIES: Text
STATS_REPLY: Text
STATS_REPLY_NONE: Text
# invitations to bring neighbours: answered once someone joined through the link and took part
STATS_CHAMPION_REPLY: Text
REPROMPT_NAMES: Mapping[str, Text]
STATS_MOODS: Text
STATS_MOOD: Text
STATS_EARLIER_MOODS: Text
STATS_NO_MOODS: Text
STATS_RANKED: Text
STATS_DIVISIVE: Text
STATS_PROPOSAL: Text
STATS_NO_VOTES: Text
GROUPS_FOUND: Text
GROUPS_NONE: Text
GROUPS_FEW: Text
GROUP_SIZE: Text
VERDICTS: Mapping[str, Text]
VERDICTS_ONE_GROUP: Mapping[str, Text]
STATS_VERDICT: Text
CHART_CAPTION: Text
CHART_ANSWERED: Text
CHART_MOODS: Text
CHART_MEAN: Text
CHART_TEXTS: Text
CHART_GROUPS: Text
CHART_VOTES: Mapping[str, Text]
MARKDOWN_META: Text
MARKDOWN_TRANSCRIPT: Text  # the Markdown export's heading above the messages
MARKDOWN_BOT_TO: Text  # a message the bot sent
MARKDOWN_STEP: Text
EXPORT_USAGE: Text
FORMAT_NAMES: Mapping[str, Text]  # csv, json, md, sheets
EXPORT_QUEUED: Text
EXPORT_CAPTION: Text
EXPORT_GRAPH_CAPTION: Text
EXPORT_PSEUDONYMS: Text
EXPORT_NAMES: Text
EXPORT_NAMES_NOT_ALLOWED: Text
EXPORT_ZIPPED: Text
EXPORT_TOO_LARGE: Text

# -- the HTML report (codesign report) ---------------------------------------------------
REPORT_MADE: Text
REPORT_CHART_ALT: Text
REPORT_PROPOSALS: Text
REPORT_GROUPS: Text
REPORT_COLUMNS: tuple[Text, ...]
REPORT_FUNNEL_COLUMNS: tuple[Text, ...]
REPORT_REPLY_COLUMNS: tuple[Text, ...]
REPORT_MOOD_COLUMNS: tuple[Text, ...]
REPORT_HOUR: Text
REPORT_DAY: Text
REPORT_DIVISIVE_COLUMNS: tuple[Text, ...]
REPORT_GROUP_SHARE: Text
ANSWERS_BUTTON: Text
NO_QUESTIONS: Text
SIDE_NAMES: Mapping[str, Text]
ANSWER_HIDDEN_FLAG: Text

# -- results per question (/answers, /stats, codesign stats, the report) ------------------
SHARE: Text  # every share shown: raw, beside its counts
SHARE_OF_NONE: Text
RESULTS_ANSWERED: Text
RESULTS_SKIPPED: Text
RESULTS_ERASED: Text
RESULTS_OPTION: Text
RESULTS_MULTIPLE: Text
RESULTS_SCALE: Text
RESULTS_WRITTEN: Text
RESULTS_ADDED: Text
RESULTS_NONE: Text
RESULTS_HEAD: Text
RESULTS_BRIEF_HEAD: Text
RESULTS_BRIEF_CHOICE: Text
RESULTS_BRIEF_SCALE: Text
RESULTS_BRIEF_WRITTEN: Text
RESULTS_BRIEF_MOODS: Text
RESULTS_BRIEF_EMPTY: Text
RESULTS_TIED: Text
NO_QUESTIONS_ASKED: Text

STATS_FEW_MOODS: Text
STATS_RANKED_HOW: Text
STATS_DIVISIVE_HOW: Text
STATS_TOO_FEW_TO_RANK: Text
STATS_NONE_AGREED: Text
GROUP_SIZE_SMALL: Text
GROUP_HEAD: Text
GROUP_SMALL: Text
GROUP_NOTHING_APART: Text
GROUP_APART: Text
GROUP_WAYS: Mapping[str, Text]
GROUPS_APART_HOW: Text
COMMON_HEAD: Text
COMMON_HEAD_ONE: Text
COMMON_EVERY: Text
COMMON_ONE: Text
COMMON_SHARE: Text
COMMON_SMALL: Text
COMMON_NONE: Text
COMMON_NONE_ONE: Text
# -- the spreadsheets (/export <code> sheets): their words, in the files ------------------
SHEET_STATUS: Mapping[str, Text]
SHEET_LINK: Text
SHEET_INVITED: Text
SHEET_SIDE_ANSWERS: Mapping[str, Text]
SHEET_STATE: Mapping[str, Text]
# the heading of each column of the CSV files, by its machine name (English keeps those)
COLUMNS: Mapping[str, Text]
DIRECTIONS: Mapping[str, Text]  # a transcript's messages: in (from a member), out (the bot's)
SHEET_POLL_STATUS: Mapping[str, Text]  # open, closed
SHEET_YES: Text
SHEET_NO: Text
MD_TRANSCRIPT: Text
EXPORT_SHEETS_CAPTION: Text
