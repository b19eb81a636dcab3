"""What organisers read as they make, open and close sessions (/newsession, /flows, /sessions,
/open, /close), give and take roles (/grant, /revoke, /team), read the audit (/audit) and pull
the levers that message members (/broadcast, /nudge)."""

NEWSESSION_USAGE = (
    "Usage: /newsession <title> [--flow <flow id>] [--community <name>]\n"
    "For example: /newsession Elm Park redesign --flow park_redesign --community Elm Street "
    "neighbours\n/flows lists the flows."
)
NEWSESSION_PROBLEMS = {
    "unknown_option": "I don't know the option {option}: use --flow or --community.",
    "no_value": "{option} needs a value after it.",
    "twice": "{option} is given twice.",
    "flow_words": "A flow id is one word (/flows lists them), not “{flow}”.",
}
TITLE_TOO_LONG = "That title is too long: please keep it under {limit} characters."
COMMUNITY_TOO_LONG = "That community name is too long: please keep it under {limit} characters."
UNKNOWN_FLOW = "There is no flow “{flow}”. Installed flows: {flows}."
SESSION_CREATED = (
    "Created “{title}” for the community “{community}” (flow: {flow}) as a draft. It is "
    "yours: only you, the team you add with /team and the administrators see it.\n\n"
    "Join code: {code}\nLink for members: {link}\n\n"
    "Members can join once you send /open {code}."
)
FLOWS_HEADER = "Installed flows:"
FLOW_LINE = "• {id} — {title} ({steps} steps)"
NO_SESSIONS = "There are no sessions yet. Create one with /newsession <title>."
SESSIONS_HEADER = "Sessions (newest first):"
SESSION_LINE = (
    "• {title} — code {code}, {status}, flow {flow}: {joined} joined, {consented} consented, "
    "{completed} completed; {reprompts}"
)
REPROMPT_STATS = "{sent} reminder(s) and follow-up(s) sent, {share:.0%} answered within a day"
NO_REPROMPTS = "no reminders sent yet"
CODE_USAGE = "Usage: {command} <session code>"
NO_SUCH_SESSION = "There is no session with the code “{code}”. /sessions lists them."
NOT_YOUR_SESSION = "There is no session “{code}” among yours. /sessions lists the sessions you run."
NO_SESSION_HERE = (
    "There is no session “{code}”. `codesign sessions` lists every session and its code."
)
OPENED = "“{title}” is open. Members can join with {link}"
ALREADY_OPEN = "“{title}” is already open."
CLOSED = "“{title}” is closed. Members can no longer answer; their answers are kept."
ALREADY_CLOSED = "“{title}” is already closed."

GRANT_USAGE = "Usage: /grant <telegram user id> organiser|coordinator"
GRANTED = "User {user_id} now has the {role} role."
ALREADY_GRANTED = "User {user_id} already has the {role} role."

# -- organisers' levers ----------------------------------------------------------------------
BROADCAST_USAGE = "Usage: /broadcast <session code> <message to every member>"
BROADCAST_LONG = "That message is too long: please keep it to {limit} characters at most."
BROADCAST_MESSAGE = "📣 From the organisers of “{title}”:\n\n{text}"
BROADCAST_QUEUED = (
    "Sending to {n} member(s) of “{title}”. At Telegram's pace that takes about {duration} "
    "(done by {done}). Members who paused or blocked the bot are left out."
)
NOBODY_REACHABLE = (
    "Nobody in “{title}” can be messaged now (members who paused, declined or blocked the bot "
    "are left out), so nothing was sent."
)
NOT_OPEN = "“{title}” is {status}: only open sessions can be messaged."
NUDGE_USAGE = (
    "Usage: /nudge <session code> to remind those who have not finished the questions, or "
    "/nudge <session code> <poll id> to remind those who have not voted in that poll."
)
NUDGED = "Reminding {n} member(s) of “{title}” who have not finished the questions."
NUDGED_POLL = "Reminding {n} member(s) who have not voted in poll #{id}."
NUDGE_LATER = (
    " {n} of them are in their quiet hours or had enough reminders today: theirs goes later."
)
NUDGE_NOBODY = "Everyone in “{title}” who can be messaged has finished the questions."
NUDGE_POLL_NOBODY = "Everyone who got poll #{id} and can be messaged has voted."
RECEIVED_HEAD = "Already sent to them:"
RECEIVED_AT = "• {who}, at “{step}”: {what}"
RECEIVED = "• {who}: {what}"
RECEIVED_SOME = "{n} reminder(s), the last {when}"
RECEIVED_NONE = "no reminder yet"
RECEIVED_MORE = "…and {n} more."
POLL_REMINDER = "A reminder from “{title}”: you have not voted yet.\n\n{poll}"

# -- teams, roles and the audit --------------------------------------------------------------
AUDIT_HEADER = "What happened to “{title}” (newest last):"
AUDIT_LINE = "• {when} — {what}"
SERVER = "the bot or its server"
USER = "User {id}"
TEAM_USAGE = (
    "Usage: /team <code> to see a session's team, /team <code> add <telegram user id> "
    "organiser|coordinator, or /team <code> remove <telegram user id>"
)
TEAM_HEADER = "The team of “{title}”:"
TEAM_OWNER = "• {who} — owner"
TEAM_LINE = "• {who} — {role}"
TEAM_ADDED = "{who} is now a {role} of “{title}”."
TEAM_ALREADY = "{who} is already a {role} of “{title}”."
TEAM_REMOVED = "{who} is no longer on the team of “{title}”."
TEAM_NOT_ON = "{who} is not on the team of “{title}”."
TEAM_OWNER_STAYS = "The owner of “{title}” stays on its team."
TEAM_OWNER_ONLY = "Only the owner of “{title}” (or an administrator) adds or removes organisers."
REVOKE_USAGE = "Usage: /revoke <telegram user id> organiser|coordinator"
REVOKED = "User {user_id} no longer has the {role} role."
NOT_GRANTED = "User {user_id} does not have the {role} role."
CLOSE_ASK = (
    "Close “{title}”? Members will no longer be able to answer; everything they said is kept."
)
CLOSE_YES = "Close it"
CLOSE_NO = "Keep it open"
CLOSE_KEPT = "“{title}” stays open."
REOPENED = "“{title}” is open again. Members can carry on where they were: {link}"
CANNOT_REOPEN_NOW = (
    "“{title}” was closed on {date} and {what} since, so it stays closed. "
    "Start a new session with /newsession."
)
