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
EXPORT_QUEUED: Text
EXPORT_CAPTION: Text
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
READ_USAGE = "Usage: {command} <session code> [page]"
PROPOSALS_FOR_A_SESSION = (
    "Organisers and coordinators: /proposals <session code> lists its proposals."
)
ANSWERS_USAGE_PLAIN = "Usage: /answers <session code> [step id] [page]"
ANSWERS_WHICH = "Which question of “{title}”? The results of each, in the flow's order:"
ANSWERS_BUTTON = "{label} ({n})"
NO_QUESTIONS = "“{title}” asks no questions: its flow has only messages and votes."
NO_SUCH_STEP = "“{title}” has no step “{step}”. Its steps: {steps}"
PAGE_FOOTER = "Page {page} of {pages}. Next: {more} {next}"
PAGE_LAST = "Page {page} of {pages}."
NO_PAGE = "There is no page {page}: “{title}” has {pages}."
PROPOSALS_HEAD = (
    "Proposals of “{title}” ({n}), by number. Hide one with /hide {code} <number> [reason]."
)
PROPOSAL_LINE = (
    "#{id} by {author} · {agree} agree, {disagree} disagree, {passed} pass{flags}\n{text}"
)
QUOTED = "“{text}”"
PROPOSAL_HIDDEN_FLAG = " · hidden"
PROPOSAL_WITHDRAWN_FLAG = " · withdrawn"
WITHDRAWN_TEXT = "(withdrawn by its author)"
NO_PROPOSALS_READ = "“{title}” has no proposals yet."
FEEDBACK_HEAD = "Feedback on “{title}” ({n}), newest first."
FEEDBACK_LINE = "#{id} · {when} · {author} · {mood}\n“{text}”"
NO_FEEDBACK_READ = "Nobody has given feedback on “{title}” yet."
ANSWERS_HEAD = "“{title}”, question {step}:\n{prompt}"
ANSWER_LINE = "{author} · {when}{mood}{flags}\n“{text}”"
SIDE_ANSWER_LINE = "{author} · {when} · {kind}{mood}\n“{text}”"
SIDE_NAMES = {"followup": "reply to a follow-up", "elaboration": "more detail, asked for"}
ANSWER_HIDDEN_FLAG = " · a proposal the organisers hid"
NO_ANSWERS_READ = "Nobody has answered “{step}” in “{title}” yet."

# -- results per question (/answers, /stats, codesign stats, the report) ------------------
SHARE = "{count} of {total}, {share:.0%}"  # every share shown: raw, beside its counts
SHARE_OF_NONE = "{count} of {total}"
RESULTS_ANSWERED = "{answered} answered"
RESULTS_SKIPPED = "{n} skipped"
RESULTS_ERASED = "{n} erased by their authors"
RESULTS_OPTION = "• {label}: {share}"
RESULTS_MULTIPLE = (
    "Each could pick more than one: the shares are of the members who answered, so they may "
    "add up to more than 100%."
)
RESULTS_SCALE = "Mean {mean:.1f}, median {median:g}."
RESULTS_WRITTEN = "Newest first, each with its sentiment."
RESULTS_ADDED = "{n} reply(ies) to follow-ups or requests for detail"
RESULTS_NONE = "Nobody has answered yet."
RESULTS_HEAD = "Results per question"
RESULTS_BRIEF_HEAD = "Results per question (/answers {code} for each in full)"
RESULTS_BRIEF_CHOICE = "• {label}: {counted}; most chose {top} ({share})"
RESULTS_BRIEF_SCALE = "• {label}: {counted}; mean {mean:.1f}, median {median:g}"
RESULTS_BRIEF_WRITTEN = "• {label}: {counted}{moods}"
RESULTS_BRIEF_MOODS = "; {negative} negative, {positive} positive"
RESULTS_BRIEF_EMPTY = "• {label}: nobody has answered yet"
RESULTS_TIED = " and "
NO_QUESTIONS_ASKED = "The flow asks no questions of its own."
MOOD = "{label} ({polarity:+.2f})"
MOOD_UNKNOWN = "sentiment unknown"

STATS_HEAD = "📊 “{title}” (code {code}, {status})"
STATS_FUNNEL = "Participation"
STATS_STAGE = "• {name}: {count}{share}"
STATS_STAGE_NAMES = {
    "joined": "joined",
    "consented": "agreed to take part",
    "started": "answered a question",
    "completed": "finished the questions",
    "proposed": "wrote a proposal",
    "voted": "voted on proposals",
}
STATS_REPLIES = "Replies to reminders and follow-up questions"
STATS_REPLY = "• {kind}: {answered} of {sent} answered ({share:.0%}), {within} within a day"
STATS_REPLY_NONE = "• {kind}: none sent"
REPROMPT_NAMES = {
    "reminder": "reminders",
    "followup": "follow-ups",
    "elaboration": "requests for detail",
    "champion": "invitations to bring neighbours",
}
STATS_MOODS = "Sentiment of members' words, by {unit} (mean, negative/positive)"
STATS_MOOD = "• {bucket}: {n} text(s), mean {mean:+.2f}, {neg} negative, {pos} positive"
STATS_EARLIER_MOODS = "• … and {n} earlier (in the chart and in codesign report)"
STATS_NO_MOODS = "Sentiment: no member has written anything yet."
STATS_FEW_MOODS = "Not enough data yet to show sentiment over time."
STATS_RANKED = "Most agreed proposals"
STATS_RANKED_HOW = (
    "Ranked by (agrees + 1) / (votes + 2), a score that keeps a proposal with few votes "
    "from topping the list; only proposals with {least}+ votes and not divided are ranked. "
    "The shares are the raw ones."
)
STATS_DIVISIVE = "Most divisive proposals"
STATS_DIVISIVE_HOW = "More than a third of those who took a side on each side."
STATS_PROPOSAL = "• {number} {text}: agree {agree}; disagree {disagree}; pass {passed}"
STATS_NO_VOTES = "No votes on proposals yet."
STATS_TOO_FEW_TO_RANK = (
    "Not enough votes to rank proposals: a proposal is ranked from {least} votes, and none "
    "has that many yet."
)
STATS_NONE_AGREED = "No proposal with {least}+ votes has a clear majority agreeing."
GROUPS_FOUND = "Opinion groups: {n} groups of members who vote alike ({sizes})."
GROUPS_NONE = (
    "Opinion groups: none. The {members} members with {least}+ votes do not fall into groups "
    "(their votes look no more alike than shuffled votes would)."
)
GROUPS_FEW = (
    "Opinion groups: too few votes to look for them ({members} members with {least}+ votes on "
    "{proposals} proposals; it takes {need_members} members and {need_proposals} proposals)."
)
GROUP_SIZE = "{label}: {n}"
GROUP_SIZE_SMALL = "{label}: fewer than {least}"
GROUP_HEAD = "Group {label} ({n} members) stands apart on:"
GROUP_SMALL = "Group {label}: fewer than {least} members, too few to describe."
GROUP_NOTHING_APART = "Group {label} ({n} members): no proposal sets it clearly apart."
GROUP_APART = "• {proposal}: {label} {way}, {mine}; the other groups {rest}"
GROUP_WAYS = {"agree": "agreed", "disagree": "disagreed"}
GROUPS_APART_HOW = (
    "What sets each group apart: proposals it agreed (or disagreed) with far more than the "
    "other groups did, by Pol.is's test (significant at 95%)."
)
COMMON_HEAD = "What every group agrees on"
COMMON_HEAD_ONE = "What most members agree on"
COMMON_EVERY = "• {proposal}: every group {way} ({shares})"
COMMON_ONE = "• {proposal}: most {way}, {share}"
COMMON_SHARE = "{label} {share}"
COMMON_SMALL = "{label} too, a group too small to show"
COMMON_NONE = "No proposal has a clear majority in every group yet."
COMMON_NONE_ONE = "No proposal has a clear majority yet."
CHART_CAPTION = "Participation, replies, sentiment and votes in “{title}”."
EXPORT_USAGE = "Usage: /export <session code> [csv|json|md|sheets] [--names]"
# -- the spreadsheets (/export <code> sheets): their words, in the files ------------------
SHEET_STATUS = {
    "joined": "not consented",
    "declined": "declined",
    "answering": "answering",
    "finished": "finished",
}
SHEET_LINK = "session link"
SHEET_INVITED = "invitation"
SHEET_SIDE_ANSWERS = {"followup": "— follow-up", "elaboration": "— more detail"}
SHEET_STATE = {"open": "open", "hidden": "hidden", "withdrawn": "withdrawn"}
SHEET_YES = "yes"
SHEET_NO = "no"
MD_TRANSCRIPT = "\n## Transcript\n\nTimes on the session's clock ({zone}).\n"
EXPORT_QUEUED = "Your {fmt} export of “{title}” is on its way."
EXPORT_CAPTION = "{fmt} export of “{title}”: {n} message(s), {who}."
EXPORT_SHEETS_CAPTION = (
    "Spreadsheets of “{title}”: responses.csv ({m} member(s)), proposals.csv ({p}), votes.csv "
    "and polls.csv ({q} poll(s)), {who}. UTF-8 CSV files: Excel, LibreOffice and Google Sheets "
    "open them as they are."
)
EXPORT_PSEUDONYMS = "members under pseudonyms"
EXPORT_NAMES = "members by name"
EXPORT_NAMES_NOT_ALLOWED = (
    "Only an organiser of “{title}” decides whether its coordinators may export members' "
    "names (/team <code> names on); export without --names for pseudonyms."
)
EXPORT_ZIPPED = " Zipped: it was too large to send as it is."
EXPORT_TOO_LARGE = (
    "This export is {mib} MB even zipped, more than Telegram lets a bot send. On the server, "
    "run:\n\n    codesign export {code} --format {fmt} --output {code}.{suffix}\n"
)
