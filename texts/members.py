"""What members read as they join a session and agree to take part, pause, resume and set their
time zone; what anyone is told when a command, a button or a session is not theirs to use;
and a member's own data (/privacy, /mydata, /forget)."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/members.ftl."""
    return text("members", name)


WELCOME_NO_CODE: Text
UNKNOWN_CODE: Text
SESSION_DRAFT: Text
SESSION_CLOSED: Text
SESSION_CLOSED_UNFINISHED: Text
SOME_SESSION_DRAFT: Text
DRAFT_OPENED: Text
SOME_SESSION_CLOSED: Text
CONSENT_TERMS: Text
CONSENT: Text
PRIVACY: Text
PRIVACY_AGREED: Text
PRIVACY_NO_SESSION: Text
THE_COMMUNITY: Text  # # {community} in PRIVACY_NO_SESSION
CONSENT_YES: Text
CONSENT_NO: Text
CONSENT_GIVEN: Text
CONSENT_DECLINED: Text
CONSENT_PENDING: Text
CONSENT_DECLINED_BEFORE: Text
CONSENT_AFTER_ALL: Text
ALREADY_JOINED: Text
BACK_TO_QUESTION: Text
FLOW_FINISHED_ALREADY: Text
PAUSED: Text
ALREADY_PAUSED: Text
RESUMED: Text
WHILE_AWAY: Text
AWAY_POLLS: Text
AWAY_MESSAGES: Text
NOT_PAUSED: Text
TIMEZONE_ASK: Text
TIMEZONE_SET: Text
TIMEZONE_UNKNOWN: Text
EDIT_IGNORED: Text
UNKNOWN_COMMAND: Text
NOT_ALLOWED: Text
NOT_ALLOWED_BUTTON: Text
# who holds a role, as NOT_ALLOWED names them ("only organisers and coordinators can...")
ROLES_HELD_BY: Mapping[str, Text]
# a role's name
ROLE_NAMES: Mapping[str, Text]
NON_TEXT_OUTSIDE_FLOW: Text
STALE_BUTTON: Text
THE_ORGANISERS: Text  # # {organiser} in a flow, when the bot never met them
SESSION_NOT_OPEN_BUTTON: Text
NEED_SESSION: Text

# -- a member's own data ---------------------------------------------------------------------
MYDATA_HEAD: Text
MYDATA_YOU: Text
MYDATA_NO_ZONE: Text
MYDATA_SESSION: Text
MYDATA_AGREED: Text
MYDATA_DECLINED: Text
MYDATA_NOT_ASKED: Text
MYDATA_NO_SESSIONS: Text
MYDATA_FILE_NEXT: Text
MYDATA_CAPTION: Text
MYDATA_ABOUT: Text
FORGET_CONFIRM: Text
FORGET_STAFF_KEEPS: Text
STAFF_ROLE_WORDS: Mapping[str, Text]
FORGET_YES: Text
FORGET_NO: Text
FORGET_KEPT: Text
FORGET_DONE: Text
FORGET_DONE_STAFF: Text
FORGET_NOTHING: Text

# the member's language (/language)
LANGUAGE_HINT: Text
LANGUAGE_ASK: Text
LANGUAGE_ONLY: Text
LANGUAGE_SET: Text
LANGUAGE_UNCHANGED: Text
LANGUAGE_NOT_OFFERED: Text
LANGUAGE_NO_SESSION: Text

# -- links passed on: where they land, sharing them, what they brought (decision 0033) -----
LANDED_PROPOSAL: Text
LANDED_POLL: Text
SHARE_INVITE_BUTTON: Text
SHARE_INVITE_TEXT: Text  # the ready text of a shared invitation, the link after it
MYREACH: Text
MYREACH_NONE: Text
MYREACH_LINK: Text
SEED_REQUEST: Text  # a champion asked (/seed) to share a proposal or a poll
SEED_SHARE_TEXT: Text
SEED_SHARE_BUTTON: Text
SEED_ABOUT_PROPOSAL: Text  # {what} in SEED_REQUEST and SEED_SHARE_TEXT
SEED_ABOUT_POLL: Text
