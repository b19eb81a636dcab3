"""Every user-visible text of the Telegram shell, in one place for review and translation.

Texts are plain; `render` escapes them for HTML. Placeholders use str.format.
"""

WELCOME_NO_CODE = (
    "Hello! I help neighbours shape local projects together.\n\n"
    "To take part, open the link your organiser shared (it looks like "
    "t.me/{bot}?start=…), or send /start followed by the session code."
)
UNKNOWN_CODE = (
    "I don't know the session code “{code}”. Please check the link your organiser "
    "shared, or ask them for a new one."
)
SESSION_DRAFT = (
    "The session “{title}” hasn't opened yet. Please try again once the organiser opens it."
)
SESSION_CLOSED = "The session “{title}” has closed. Thank you for your interest!"
CONSENT = (
    "Welcome to “{title}”!\n\n"
    "Before we start: I will keep what you write here (your answers, proposals, votes and "
    "feedback), your Telegram name and the time of each message, so the organisers of "
    "{community} can use them for this co-design session.\n\n"
    "You can send /pause at any time to stop my reminders and /resume to carry on. To have "
    "your data erased, tell the organiser.\n\n"
    "Do you agree to take part?"
)
CONSENT_YES = "I agree"
CONSENT_NO = "No thanks"
CONSENT_GIVEN = "✅ You agreed to take part on {date}."
CONSENT_DECLINED = (
    "No problem — nothing more will be asked. If you change your mind, open the link again."
)
CONSENT_PENDING = "Please answer the question above first: do you agree to take part?"
ALREADY_JOINED = "Welcome back to “{title}”! Here is where we were:"
NOT_IN_SESSION = (
    "You're not in a session yet. Open the link your organiser shared to join one. /help "
    "lists what you can do."
)
FLOW_FINISHED_ALREADY = (
    "You've answered all the questions of “{title}” — thank you! /help lists what else you can do."
)
PAUSED = "Paused: I won't send you reminders. Send /resume whenever you want to carry on."
ALREADY_PAUSED = "You're already paused. Send /resume to carry on."
RESUMED = "Welcome back! Reminders are on again."
NOT_PAUSED = "You're not paused — we're all set."
UNKNOWN_COMMAND = "I don't know the command {command}. /help lists what you can do."
NOT_ALLOWED = "Sorry, only {role}s can use {command}."
NON_TEXT_OUTSIDE_FLOW = "I can only read text messages. /help lists what you can do."
STALE_BUTTON = "That button is no longer valid."
SESSION_NOT_OPEN_BUTTON = "This session is not open any more."
BUSY_RETRY = "Sorry, something went wrong on my side. Please try again in a moment."

HELP_MEMBER = (
    "Here is what you can do:\n"
    "/start <code> — join a session from its code\n"
    "/back — go back to the previous question\n"
    "/skip — skip a question marked optional\n"
    "/pause — stop reminders for a while\n"
    "/resume — carry on where you left off\n"
    "/help — this list"
)
HELP_ORGANISER = (
    "Organiser commands:\n"
    "/newsession <title> [--flow <flow id>] [--community <name>] — create a session\n"
    "/flows — the flows you can choose from\n"
    "/sessions — your sessions, their codes and numbers\n"
    "/open <code> — open a session so members can join\n"
    "/close <code> — close a session\n"
    "/grant <telegram user id> organiser|coordinator — give someone a role"
)
HELP_COORDINATOR = "Coordinator commands:\n/sessions — sessions with their participation numbers"

NEWSESSION_USAGE = (
    "Usage: /newsession <title> [--flow <flow id>] [--community <name>]\n"
    "For example: /newsession Elm Park redesign --flow park_redesign\n/flows lists the flows."
)
TITLE_TOO_LONG = "That title is too long: please keep it under {limit} characters."
UNKNOWN_FLOW = "There is no flow “{flow}”. Installed flows: {flows}."
SESSION_CREATED = (
    "Created “{title}” (flow: {flow}) as a draft.\n\n"
    "Join code: {code}\nLink for members: {link}\n\n"
    "Members can join once you send /open {code}."
)
FLOWS_HEADER = "Installed flows:"
FLOW_LINE = "• {id} — {title} ({steps} steps)"
NO_SESSIONS = "There are no sessions yet. Create one with /newsession <title>."
SESSIONS_HEADER = "Sessions (newest first):"
SESSION_LINE = (
    "• {title} — code {code}, {status}, flow {flow}: {joined} joined, {consented} consented, "
    "{completed} completed"
)
CODE_USAGE = "Usage: {command} <session code>"
NO_SUCH_SESSION = "There is no session with the code “{code}”. /sessions lists them."
OPENED = "“{title}” is open. Members can join with {link}"
ALREADY_OPEN = "“{title}” is already open."
CLOSED = "“{title}” is closed. Members can no longer answer; their answers are kept."
ALREADY_CLOSED = "“{title}” is already closed."
CANNOT_REOPEN = "“{title}” is closed and cannot be opened again."
GRANT_USAGE = "Usage: /grant <telegram user id> organiser|coordinator"
GRANTED = "User {user_id} now has the {role} role."
ALREADY_GRANTED = "User {user_id} already has the {role} role."
