"""/help's section headers, and each command's words: its menu line, usage and help line
(by the command's name; its row is in `usecases/catalogue.py`)."""

from __future__ import annotations

from collections.abc import Mapping

from texts.i18n import Text, text


def __getattr__(name: str) -> object:
    """Each text in the language being spoken (`texts.i18n`); words in locales/*/commands.ftl."""
    return text("commands", name)


HELP_MEMBER_HEADER: Text
HELP_ORGANISER_HEADER: Text
HELP_COORDINATOR_HEADER: Text
HELP_ADMIN_HEADER: Text
HELP_MORE: Text


# each command's words, by its name (its row in usecases/catalogue.py): its line in the
# command menu, how /help writes it (default /name), its line in /help, and what it does
# more for a session's team
MENU: Mapping[str, Text]
USAGE: Mapping[str, Text]
HELP: Mapping[str, Text]
STAFF_USAGE: Mapping[str, Text]
STAFF_HELP: Mapping[str, Text]

MENU = {
    'start': 'join a session from its code',
    'help': 'what you can do',
    'back': 'go back to the previous question',
    'skip': 'skip an optional question',
    'proposals': 'see proposals and vote',
    'propose': 'add a proposal',
    'feedback': 'tell the organisers something',
    'pause': 'stop reminders for a while',
    'resume': 'carry on where you left off',
    'timezone': 'your time zone, for quiet hours',
    'language': 'the language I write to you in',
    'privacy': 'what I keep about you, and for how long',
    'mydata': 'everything stored about you, as a file',
    'forget': 'erase your data',
    'newsession': 'create a session',
    'flows': 'the flows you can choose from',
    'sessions': 'your sessions, their codes and numbers',
    'open': 'open a session so members can join',
    'close': 'close a session (asks first)',
    'poll': 'launch a poll (alone: step by step)',
    'closepoll': 'close a poll',
    'broadcast': "message a session's members (asks first)",
    'nudge': 'remind those who have not finished or voted',
    'hide': 'hide a proposal from members',
    'unhide': 'show a hidden proposal again',
    'outcome': 'tell members what became of a proposal',
    'translate': 'a proposal in another language',
    'linkgroup': 'link this group to a session',
    'stats': "a session's numbers and a chart",
    'export': 'a session as a file',
    'report': 'a report to share, as one web page',
    'answers': 'results per question',
    'themes': 'what members wrote, grouped into themes',
    'results': "a poll's results",
    'team': 'who runs a session',
    'audit': 'who did what to a session',
    'grant': 'give someone a role',
    'revoke': 'take a role back',
}
USAGE = {
    'start': '/start <code>',
    'help': '/help [all]',
    'propose': '/propose <idea>',
    'feedback': '/feedback <text>',
    'language': '/language [code]',
    'newsession': '/newsession <title> [--flow <flow id>] [--community <name>]',
    'open': '/open <code>',
    'close': '/close <code>',
    'poll': '/poll <code> <question> | <option> | <option> [--multi] [--anonymous] [--closes 2h or --closes friday 18:00]',
    'closepoll': '/closepoll [code] <poll number>',
    'broadcast': '/broadcast <code> <message>',
    'nudge': '/nudge <code> [poll number | votes]',
    'hide': '/hide [code] <proposal number> [reason]',
    'unhide': '/unhide [code] <proposal number>',
    'outcome': '/outcome [code] <proposal number> adopted|declined|in_progress|done [why] [--ask-after 14d]',
    'translate': '/translate [code] <proposal number> <language> <text>',
    'linkgroup': '/linkgroup <code>',
    'stats': '/stats <code>',
    'export': '/export <code> [csv|json|md|sheets] [--names]',
    'report': '/report <code> [--moderated]',
    'answers': '/answers <code> [step] [page]',
    'themes': '/themes <code> [step] [page]',
    'results': '/results [code] <poll number>',
    'team': '/team <code> [add <user id> organiser|coordinator | remove <user id> | invite organiser|coordinator]',
    'audit': '/audit <code> [page]',
    'grant': '/grant <telegram user id> organiser|coordinator',
    'revoke': '/revoke <telegram user id> organiser|coordinator',
}
HELP = {
    'start': 'join a session from its code',
    'help': 'this list (all: with how each is written)',
    'back': 'go back to the previous question',
    'skip': 'skip a question marked optional',
    'proposals': 'see proposals and vote on them',
    'propose': 'add a proposal',
    'feedback': 'tell the organisers something',
    'pause': 'stop reminders and messages for a while',
    'resume': 'carry on where you left off',
    'timezone': 'your time zone, so I keep quiet at night',
    'language': 'choose the language I write to you in',
    'privacy': 'what I keep about you, for how long, and why (what you agreed to)',
    'mydata': 'a file with everything I store about you',
    'forget': 'erase your data (I ask you to confirm)',
    'newsession': 'create a session',
    'flows': 'the flows you can choose from',
    'sessions': 'your sessions, their codes and participation numbers',
    'open': 'open a session so members can join',
    'close': 'close a session (asks first)',
    'poll': 'launch a poll (/poll alone for a step-by-step form)',
    'closepoll': 'close a poll and announce its results',
    'broadcast': 'a message to every member of a session (shown first, sent on your word)',
    'nudge': 'remind those who have not finished, not voted in a poll, or (votes) not voted on new proposals',
    'hide': 'hide a proposal from members',
    'unhide': 'show a hidden proposal again',
    'outcome': 'record what became of a proposal; those who proposed or voted on it hear it, and once it is done are asked whether it changed anything for them',
    'translate': "a proposal in another of the session's languages: members who read it see it so, and their votes count for the one proposal",
    'linkgroup': 'send in a group chat to link it to a session',
    'stats': "a session's numbers and a chart",
    'export': 'a session as a file: CSV (its conversation with members, a row a message), JSON (everything), md (to read) or sheets (a zip of responses, proposals, votes and polls for a spreadsheet); members under pseudonyms unless --names',
    'report': "the session's report to share: one HTML file for any browser or printer; hidden proposals left out unless --moderated (then marked)",
    'answers': "results per question: each option's count and share, a scale's mean and median, what members wrote; without a step, the questions as buttons",
    'themes': "what members wrote (or one question's answers), grouped into themes with their size, feeling and quotes",
    'results': "a poll's results",
    'team': 'who runs a session, and changing it',
    'audit': 'who did what to a session',
    'grant': 'let someone create or coordinate sessions',
    'revoke': 'take that back',
}
STAFF_USAGE = {
    'proposals': '/proposals <code> [page]',
    'feedback': '/feedback <code> [page]',
}
STAFF_HELP = {
    'proposals': "proposals with ids, votes and authors' pseudonyms",
    'feedback': 'feedback, newest first, with its sentiment',
}
