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
MYDATA_HEAD = "What I store about you, in short:"
MYDATA_YOU = "You: {name}{username}; time zone: {zone}."
MYDATA_NO_ZONE = "not set"
MYDATA_SESSION = (
    "“{title}”: joined {joined}, {consent}. {answers} answer(s), {proposals} proposal(s), "
    "{votes} vote(s), {feedback} feedback."
)
MYDATA_AGREED = "agreed to take part {date}"
MYDATA_DECLINED = "said no thanks"
MYDATA_NOT_ASKED = "not asked yet"
MYDATA_NO_SESSIONS = "No sessions joined."
MYDATA_FILE_NEXT = (
    "Every detail, with the messages between us, follows as a file (JSON, for a computer or "
    "another service). /forget erases it; /privacy says why it is kept."
)
MYDATA_CAPTION = "Everything the bot stores about you, as of {date}."
FORGET_CONFIRM = (
    "This erases your name, username and time zone, and everything you wrote in every "
    "session: answers, proposals, feedback and messages. What stays has no name on it: your "
    "votes, the numbers of answers, and the proposals others already voted on (as “withdrawn”, "
    "with their vote counts, without your words). I won't message you again unless you join "
    "a session again. This cannot be undone.{staff}\n\nErase your data?"
)
FORGET_STAFF_KEEPS = (
    "\n\nAs {role}, you keep what is not yours alone: your role, your place on session "
    "teams, the sessions you created, and the audit entries of what you did in them, with "
    "your Telegram id (your name goes), so that your teams can still see who did what. To "
    "give up a role, ask an administrator."
)
STAFF_ROLE_WORDS = {
    "admin": "an administrator",
    "organiser": "an organiser",
    "coordinator": "a coordinator",
}
FORGET_YES = "Erase my data"
FORGET_NO = "Keep it"
FORGET_KEPT = "Nothing was erased. Send /forget again whenever you want."
FORGET_DONE = (
    "Done: your name, username and time zone are erased, and so are {answers} answer(s), "
    "{proposals} proposal(s), {feedback} feedback message(s) and {messages} message(s) you "
    "wrote, with the bot's messages that quoted them.\n\n"
    "Kept without your name: {withdrawn} proposal(s) others had voted on (as “withdrawn”, "
    "with their vote counts), {votes} vote(s), {ballots} poll choice(s), and that someone took "
    "part in {sessions} session(s).\n\n"
    "I won't message you again. To take part later, open a session's link: you'll start afresh."
    "{staff}"
)
FORGET_DONE_STAFF = (
    "\n\nKept as {role}: your role, your team places, your sessions and the audit entries "
    "of your actions (with your Telegram id)."
)
FORGET_NOTHING = "I have nothing stored about you."

# the member's language (/language)
LANGUAGE_HINT = "I'll write to you in {language}. To change it, send /language ({others})."
LANGUAGE_ASK = "I write to you in {language} in “{title}”. Which language would you like?"
LANGUAGE_ONLY = "“{title}” is in {language} only."
LANGUAGE_SET = "✅ From now on I'll write to you in {language}."
LANGUAGE_UNCHANGED = "I already write to you in {language}."
LANGUAGE_NOT_OFFERED = "“{title}” is not in “{typed}”. Its languages: {languages}."
LANGUAGE_NO_SESSION = (
    "Your language is chosen among those of your session: join one first (open the link "
    "your organiser shared)."
)
