"""What organisers read as they make, open and close sessions (/newsession, /flows, /sessions,
/open, /close), give and take roles (/grant, /revoke, /team), read the audit (/audit) and pull
the levers that message members (/broadcast, /nudge)."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/organisers.ftl."""
    return text("organisers", name)


NEWSESSION_USAGE: Text
NEWSESSION_PROBLEMS: Mapping[str, Text]
TITLE_TOO_LONG: Text
COMMUNITY_TOO_LONG: Text
UNKNOWN_FLOW: Text
SESSION_CREATED: Text
FLOWS_HEADER: Text
OWN_FLOWS_HEADER: Text
FLOW_LINE: Text
FLOW_DESCRIPTION: Text
FLOWS_FOOTER: Text
NO_SESSIONS: Text
SESSIONS_HEADER: Text
SESSION_LINE: Text
REPROMPT_STATS: Text
NO_REPROMPTS: Text
PICK_ASK: Text
PICK_NONE: Text
PICKED: Text
# a plain /start from an organiser or a coordinator
THERE: Text
HELLO_ORGANISER: Text
HELLO_COORDINATOR: Text
HELLO_SESSIONS: Text
HELLO_SESSION_LINE: Text
HELLO_MORE: Text
HELLO_NO_SESSIONS: Text
STATUS_WORDS: Mapping[str, Text]
STATUS: Mapping[str, Text]  # # a session's status
HELLO_NEXT: Text
HELLO_NEXT_READER: Text
A_PROPOSAL: Text
A_POLL: Text
WHICH_NUMBER: Text
WHICH_NUMBER_LINE: Text
CODE_USAGE: Text
NO_SUCH_SESSION: Text
NOT_YOUR_SESSION: Text
NO_SESSION_HERE: Text
OPENED: Text
ALREADY_OPEN: Text
CLOSED: Text
ALREADY_CLOSED: Text

GRANT_USAGE: Text
GRANTED: Text
ALREADY_GRANTED: Text

# -- organisers' levers ----------------------------------------------------------------------
BROADCAST_USAGE: Text
BROADCAST_LONG: Text
BROADCAST_CAPPED: Text
BROADCAST_MESSAGE: Text
BROADCAST_QUEUED: Text
# how long sending takes
SECONDS: Text
MINUTES: Text
HOURS: Text
BROADCAST_WHAT: Text
BROADCAST_PREVIEW: Text
BROADCAST_SEND: Text
BROADCAST_CANCEL: Text
BROADCAST_CANCELLED: Text
NOBODY_REACHABLE: Text
NOT_OPEN: Text
NUDGE_USAGE: Text
NUDGED_VOTES: Text
NUDGE_VOTES_NOBODY: Text
NUDGED: Text
NUDGED_POLL: Text
NUDGED_POLL_ANONYMOUS: Text
NUDGE_LATER: Text
NUDGE_NOBODY: Text
NUDGE_POLL_NOBODY: Text
RECEIVED_HEAD: Text
RECEIVED_AT: Text
RECEIVED: Text
RECEIVED_SOME: Text
RECEIVED_NONE: Text
RECEIVED_MORE: Text
POLL_REMINDER: Text
POLL_REMINDER_ANONYMOUS: Text

# -- teams, roles and the audit --------------------------------------------------------------
AUDIT_HEADER: Text
AUDIT_USAGE: Text
AUDIT_LINE: Text
# what an audit entry says (its action's name), and one this version does not know
AUDIT_ACTIONS: Mapping[str, Text]
AUDIT_OTHER: Text
SERVER: Text
USER: Text
TEAM_USAGE: Text
TEAM_NAMES_ON: Text
TEAM_NAMES_OFF: Text
NAMES_ON: Text
NAMES_OFF: Text
A_ROLE: Mapping[str, Text]
TEAM_HEADER: Text
TEAM_OWNER: Text
TEAM_LINE: Text
TEAM_ADDED: Text
TEAM_ALREADY: Text
TEAM_REMOVED: Text
TEAM_NOT_ON: Text
TEAM_OWNER_STAYS: Text
TEAM_OWNER_ONLY: Text
TEAM_YOU_ADDED: Text
TEAM_YOU_REMOVED: Text
TEAM_CAN: Text
TEAM_INVITE: Text
TEAM_YOU_JOINED: Text
TEAM_LINK_OPENED: Text
TEAM_LINK_ALREADY: Text
TEAM_LINK_USED: Text
TEAM_LINK_EXPIRED: Text
REVOKE_USAGE: Text
REVOKED: Text
REVOKED_TEAMS: Text
NOT_GRANTED: Text
CLOSE_ASK: Text
CLOSE_POLL_OPEN: Text
CLOSED_POLL: Text
CLOSE_YES: Text
CLOSE_NO: Text
CLOSE_KEPT: Text
REOPENED: Text
CANNOT_REOPEN_NOW: Text
EARLIER: Text  # # {date} in CANNOT_REOPEN_NOW, when the closing time is not known

# -- flow files ------------------------------------------------------------------------------
FLOW_FILE_FAILED: Text
MORE_PROBLEMS: Text
FLOW_UPLOAD_UNREADABLE: Text
FLOW_UPLOAD_ERRORS: Text
FLOW_UPLOAD_OK: Text
FLOW_UPLOAD_WARNED: Text
FLOW_UPLOAD_TAKEN: Text
FLOW_UPLOAD_STORED: Text
FLOW_UPLOAD_NEW: Text
FLOW_UPLOAD_REPLACED: Text
FLOW_REHEARSAL: Text

NEWSESSION_USAGE = (
    "Usage: /newsession <title> [--flow <flow id>] [--community <name>] [--languages en,es]\n"
    "For example: /newsession Elm Park redesign --flow park_redesign --community Elm Street "
    "neighbours\n/flows lists the flows."
)
NEWSESSION_PROBLEMS = {
    "unknown_option": "I don't know the option {option}: use --flow, --community or --languages.",
    "languages": "Write languages as codes with commas between them, e.g. --languages en,es.",
    "no_value": "{option} needs a value after it.",
    "twice": "{option} is given twice.",
    "flow_words": "A flow id is one word (/flows lists them), not “{flow}”.",
}
TITLE_TOO_LONG = "That title is too long: please keep it under {limit} characters."
COMMUNITY_TOO_LONG = "That community name is too long: please keep it under {limit} characters."
UNKNOWN_FLOW = "There is no flow “{flow}”. Flows you can use: {flows}."
LANGUAGES_NOT_IN_FLOW = "The flow {flow} is not in {missing}. Its languages: {languages}."
SESSION_LANGUAGES = "Languages: {languages} (each member reads their own; /language changes it)."
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
FLOW_LANGUAGES = "  Languages: {languages}"
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

AUDIT_ACTIONS = {
    "created": "created it",
    "opened": "opened it",
    "closed": "closed it",
    "reopened": "opened it again",
    "polled": "launched poll #{poll}",
    "poll_closed": "closed poll #{poll}",
    "poll_due": "closed poll #{poll} at its closing time",
    "broadcast": "sent a message to {members} member(s): “{text}”",
    "nudged": "reminded {members} member(s){poll}",
    "hid": "hid proposal #{proposal} ({reason})",
    "unhid": "showed proposal #{proposal} again",
    "outcome": "marked proposal #{proposal} {state} ({members} member(s) told)",
    "outcome_words": "changed the words of proposal #{proposal}'s outcome",
    "linked_group": "linked a group chat",
    "team_added": "added user {user} to the team as {role}",
    "team_removed": "took user {user} off the team ({role})",
    "team_invited": "made a link to join the team as {role}",
    "team_joined": "joined the team as {role} by a link",
    "exported": "exported it ({format})",
    "names_on": "let coordinators export members' names",
    "names_off": "stopped coordinators exporting members' names",
    "read": "read {what}",
    "granted": "gave user {user} the {role} role",
    "revoked": "took the {role} role from user {user}",
}
