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
UNKNOWN_FLOW = "There is no flow “{flow}”. Flows you can use: {flows}."
SESSION_CREATED = (
    "Created “{title}” for the community “{community}” (flow: {flow}) as a draft. It is "
    "yours: only you, the team you add with /team and the administrators see it.\n\n"
    "Join code: {code}\nLink for members: {link}\n\n"
    "Members can join once you send /open {code}."
)
FLOWS_HEADER = "Installed flows:"
OWN_FLOWS_HEADER = "Flows you sent me:"
FLOW_LINE = "• {id} — {title} ({steps} steps)"
FLOW_DESCRIPTION = "  {description}"
FLOWS_FOOTER = (
    "Use one with /newsession <title> --flow <id>. To add your own, send me its .yaml file "
    "(codesign flows new writes a starter to edit)."
)
NO_SESSIONS = "There are no sessions yet. Create one with /newsession <title>."
SESSIONS_HEADER = "Sessions (newest first):"
SESSION_LINE = (
    "• {title} — code {code}, {status}, flow {flow}: {joined} joined, {consented} consented, "
    "{completed} completed; {reprompts}"
)
REPROMPT_STATS = "{sent} reminder(s) and follow-up(s) sent, {share:.0%} answered within a day"
NO_REPROMPTS = "no reminders sent yet"
PICK_ASK = "Which session for {command}?"
PICK_NONE = "You have no session {command} works on now. /sessions lists yours."
PICKED = "{command} for “{title}” ({code})"
# a plain /start from an organiser or a coordinator
THERE = "there"
HELLO_ORGANISER = "Hello {name}! You run co-design sessions here as an organiser."
HELLO_COORDINATOR = "Hello {name}! You read co-design sessions here as a coordinator."
HELLO_SESSIONS = "Your newest sessions:"
HELLO_SESSION_LINE = "• {title} ({code}), {status}, {joined} joined"
HELLO_MORE = "…and more: /sessions lists them all."
HELLO_NO_SESSIONS = "You have no session yet."
STATUS_WORDS = {"draft": "draft, not open yet", "open": "open", "closed": "closed"}
HELLO_NEXT = (
    "Start one with /newsession <title>, open it with /open <code> and share its link; "
    "/sessions shows each session's numbers, /help every command. To try a session as a "
    "member would, open its link."
)
HELLO_NEXT_READER = (
    "/stats <code> shows a session's numbers, /answers <code> what members answered, "
    "/export <code> a file of it; /help lists every command."
)
A_PROPOSAL = "a proposal"
A_POLL = "a poll"
WHICH_NUMBER = "Several of your sessions have {what} #{id}. Send it again with the session's code:"
WHICH_NUMBER_LINE = "• {title} ({code}): “{text}”\n  {command} {code} {id}{rest}"
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
BROADCAST_CAPPED = (
    "“{title}” has sent {cap} broadcasts in 24 hours, as many as its flow's daily cap lets "
    "every member get; the next may go from {at}."
)
BROADCAST_MESSAGE = "📣 From the organisers of “{title}”:\n\n{text}"
BROADCAST_QUEUED = (
    "Sending to {n} member(s) of “{title}”. At Telegram's pace that takes about {duration} "
    "(done by {done}). Members who paused or blocked the bot are left out."
)
BROADCAST_WHAT = (
    "What should the members of “{title}” get? Send /broadcast {code} followed by the message."
)
BROADCAST_PREVIEW = (
    "This is what {n} member(s) of “{title}” will get. At Telegram's pace sending takes about "
    "{duration} (done by {done}). Members who paused or blocked the bot are left out."
)
BROADCAST_SEND = "Send to {n}"
BROADCAST_CANCEL = "Cancel"
BROADCAST_CANCELLED = "Cancelled: the message was not sent."
NOBODY_REACHABLE = (
    "Nobody in “{title}” can be messaged now (members who paused, declined or blocked the bot "
    "are left out), so nothing was sent."
)
NOT_OPEN = "“{title}” is {status}: only open sessions can be messaged."
NUDGE_USAGE = (
    "Usage: /nudge <session code> to remind those who have not finished the questions, "
    "/nudge <session code> <poll number> to remind those who have not voted in that poll, or "
    "/nudge <session code> votes to remind those who finished of proposals they have not "
    "voted on."
)
NUDGED_VOTES = (
    "Reminding {n} member(s) of “{title}” who finished of the proposals they have not voted on."
)
NUDGE_VOTES_NOBODY = (
    "Everyone in “{title}” who finished and can be messaged has voted on every proposal."
)
NUDGED = "Reminding {n} member(s) of “{title}” who have not finished the questions."
NUDGED_POLL = "Reminding {n} member(s) who have not voted in poll #{id}."
NUDGED_POLL_ANONYMOUS = (
    "Reminding the {n} member(s) who got anonymous poll #{id}. Who has voted stays secret, so "
    "those who voted get the reminder too."
)
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
POLL_REMINDER_ANONYMOUS = (
    "A reminder from “{title}”: if you have not voted yet, there is still time (if you have, "
    "your vote counts and nothing more is needed).\n\n{poll}"
)

# -- teams, roles and the audit --------------------------------------------------------------
AUDIT_HEADER = "What happened to “{title}” (newest first):"
AUDIT_USAGE = "Usage: /audit <session code> [page]"
AUDIT_LINE = "• {when} — {what}"
SERVER = "the bot or its server"
USER = "User {id}"
TEAM_USAGE = (
    "Usage: /team <code> to see a session's team, /team <code> add <telegram user id> "
    "organiser|coordinator, /team <code> remove <telegram user id>, /team <code> invite "
    "organiser|coordinator for a link that adds whoever opens it, or /team <code> names "
    "on|off (may its coordinators export members' names)"
)
TEAM_NAMES_ON = "Names: coordinators may export them (/team <code> names off to stop it)."
TEAM_NAMES_OFF = "Names: only organisers may export them (/team <code> names on lets coordinators)."
NAMES_ON = "The coordinators of “{title}” may now export members' names (/export <code> --names)."
NAMES_OFF = "Only the organisers of “{title}” may now export members' names."
A_ROLE = {"organiser": "an organiser", "coordinator": "a coordinator"}
TEAM_HEADER = "The team of “{title}”:"
TEAM_OWNER = "• {who} — owner"
TEAM_LINE = "• {who} — {role}"
TEAM_ADDED = "{who} is now {role} of “{title}”."
TEAM_ALREADY = "{who} is already {role} of “{title}”."
TEAM_REMOVED = "{who} is no longer on the team of “{title}”."
TEAM_NOT_ON = "{who} is not on the team of “{title}”."
TEAM_OWNER_STAYS = "The owner of “{title}” stays on its team."
TEAM_OWNER_ONLY = "Only the owner of “{title}” (or an administrator) adds or removes organisers."
TEAM_YOU_ADDED = "{by} made you {role} of “{title}”. {can}"
TEAM_YOU_REMOVED = (
    "{by} took you off the team of “{title}”: you no longer see or run it. Anything you "
    "answered as a member stays yours."
)
TEAM_CAN = "You can now use {commands} for it (its code: {code}); /help says how."
TEAM_INVITE = (
    "Send this link to the person you want as {role} of “{title}”. It works once, for "
    "whoever opens it first, for {days} days:\n{link}"
)
TEAM_YOU_JOINED = "You are now {role} of “{title}”. {can}"
TEAM_LINK_OPENED = "{who} opened your link and is now {role} of “{title}”."
TEAM_LINK_ALREADY = "You are already {role} of “{title}”; the link is still unused."
TEAM_LINK_USED = "This team link was already used. Ask whoever sent it for a new one."
TEAM_LINK_EXPIRED = "This team link has expired. Ask whoever sent it for a new one."
REVOKE_USAGE = "Usage: /revoke <telegram user id> organiser|coordinator"
REVOKED = "User {user_id} no longer has the {role} role."
REVOKED_TEAMS = " They are off the team of {n} session(s) too."
NOT_GRANTED = "User {user_id} does not have the {role} role."
CLOSE_ASK = (
    "Close “{title}”? Members will no longer be able to answer; everything they said is kept."
)
CLOSE_POLL_OPEN = "Poll #{id} (“{question}”) is still open: it closes with the session."
CLOSED_POLL = "Poll #{id} closed with it; its result is on its way to you and its members."
CLOSE_YES = "Close it"
CLOSE_NO = "Keep it open"
CLOSE_KEPT = "“{title}” stays open."
REOPENED = "“{title}” is open again. Members can carry on where they were: {link}"
CANNOT_REOPEN_NOW = (
    "“{title}” was closed on {date} and {what} since, so it stays closed. "
    "Start a new session with /newsession."
)

# -- flow files ------------------------------------------------------------------------------
FLOW_FILE_FAILED = (
    "Your flow file {file} did not load when the bot started, so new sessions cannot use "
    "“{flow}”; sessions already running keep the flow they opened with.\n\n{problems}\n\n"
    "Fix it (codesign flows check {file} lists every problem) and restart the bot."
)
MORE_PROBLEMS = "… and {n} more."
FLOW_UPLOAD_UNREADABLE = (
    "I read flow files only as UTF-8 text of at most {kb} kB ending in .yaml. Nothing changed."
)
FLOW_UPLOAD_ERRORS = (
    "{errors} error(s){warned} in {file}: fix them and send the file again. Nothing changed."
)
FLOW_UPLOAD_OK = "{file}: flow file OK{warned}."
FLOW_UPLOAD_WARNED = ", {n} warning(s)"
FLOW_UPLOAD_TAKEN = (
    "“{flow}” is the id of an installed flow: name your file otherwise (or set its id:), "
    "and send it again. Nothing changed."
)
FLOW_UPLOAD_STORED = (
    "{new} “{title}” ({flow}, {steps} steps) for your sessions: use it for a new session with "
    "/newsession <title> --flow {flow}. Sessions already open keep the text they opened with."
)
FLOW_UPLOAD_NEW = "Stored"
FLOW_UPLOAD_REPLACED = "Replaced your flow"
FLOW_REHEARSAL = (
    "A rehearsal: its first questions as members will see them (placeholders shown as "
    "[session], [community], [organiser]; codesign flows try {file} runs it all):"
)
