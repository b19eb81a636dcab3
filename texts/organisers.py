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

LANGUAGES_NOT_IN_FLOW: Text
SESSION_LANGUAGES: Text
FLOW_LANGUAGES: Text
# a plain /start from an organiser or a coordinator

# -- where members come from: tagged links, /seed (decision 0033) ---------------------------
LINK_TAGS: Text
SEED_USAGE: Text
SEED_NOT_OPEN: Text
SEED_POLL_CLOSED: Text
SEED_NOBODY_BROUGHT: Text
SEED_TOO_MANY: Text
SEED_UNKNOWN: Text
SEED_WHAT: Mapping[str, Text]  # what was seeded, by its kind (proposal, poll)
SEEDED: Text
