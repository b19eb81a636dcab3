"""What organisers and coordinators read about a session: what members wrote, in pages
(/proposals, /feedback, /answers <code>), its numbers and chart (/stats), its exports (/export)
and the HTML report (codesign report)."""

READ_USAGE = "Usage: {command} <session code> [page]"
PROPOSALS_FOR_A_SESSION = (
    "Organisers and coordinators: /proposals <session code> lists its proposals."
)
ANSWERS_USAGE = "Usage: /answers <session code> <step id> [page]. Steps of “{title}”: {steps}"
ANSWERS_USAGE_PLAIN = "Usage: /answers <session code> <step id> [page]"
ANSWERS_WHICH = "Which question of “{title}”? Send /answers {code} <step>, one of: {steps}"
NO_SUCH_STEP = "“{title}” has no step “{step}”. Its steps: {steps}"
PAGE_FOOTER = "Page {page} of {pages}. Next: {more} {next}"
PAGE_LAST = "Page {page} of {pages}."
NO_PAGE = "There is no page {page}: “{title}” has {pages}."
PROPOSALS_HEAD = "Proposals of “{title}” ({n}), by id. Hide one with /hide <id> [reason]."
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
ANSWERS_HEAD = "Answers to “{step}” in “{title}” ({n}):"
ANSWERS_TALLY = "• {label}: {count} member(s)"
ANSWER_LINE = "{author} · {when}{mood}\n“{text}”"
SIDE_ANSWER_LINE = "{author} · {when} · {kind}{mood}\n“{text}”"
NO_ANSWERS_READ = "Nobody has answered “{step}” in “{title}” yet."
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
STATS_REPLIES = "Replies to the engagement loop's messages"
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
STATS_RANKED = "Most agreed proposals"
STATS_DIVISIVE = "Most divisive proposals"
STATS_PROPOSAL = "• #{id} {text}: {agree} agree, {disagree} disagree, {passed} pass"
STATS_NO_VOTES = "No votes on proposals yet."
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
VERDICTS = {
    "consensus": "agreed across groups",
    "consensus_against": "rejected across groups",
    "divisive": "divides the groups",
    "mixed": "no clear pattern",
}
VERDICTS_ONE_GROUP = {
    "consensus": "agreed by most",
    "consensus_against": "rejected by most",
    "mixed": "no clear majority",
}
STATS_VERDICT = "• {verdict}: {ids}"
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

# -- the HTML report (codesign report) ---------------------------------------------------
REPORT_MADE = "Code {code} · {status} · flow {flow} · report made {when} UTC."
REPORT_CHART_ALT = "Charts: participation, replies to reminders, sentiment over time, votes."
REPORT_PROPOSALS = "Proposals, most agreed first"
REPORT_GROUPS = "Opinion groups"
REPORT_COLUMNS = ("#", "proposal", "author", "agree", "disagree", "pass", "agreement", "groups")
REPORT_GROUP_SHARE = "agree in {group} ({n})"
