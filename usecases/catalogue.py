"""Every command the bot knows, one row each (see `usecases.commands.Command`). Adding a
command is one row here plus its use case: the shell registers it, the menus and /help
list it for those who may use it, and everyone else is refused before it runs.

The order is the order of the command menus and of /help."""

from __future__ import annotations

from usecases import (
    answer,
    audit,
    broadcast,
    exports,
    join,
    language_choice,
    levers,
    members,
    messages,
    mydata,
    outcomes,
    pollform,
    polls,
    proposals,
    readings,
    report,
    sessions,
    stats,
    team,
    themes,
    translations,
    votes,
)
from usecases.commands import Args, Command, Where
from usecases.roles import Role

ORGANISER = frozenset({Role.ORGANISER})
STAFF = frozenset({Role.ORGANISER, Role.COORDINATOR})
ADMIN = frozenset({Role.ADMIN})
REST = Args.REST

CATALOGUE: tuple[Command, ...] = (
    # members (and anyone)
    Command("start", join.start, REST, menu="join a session from its code",
            usage="/start <code>", help="join a session from its code"),
    Command("help", members.show_help, REST, menu="what you can do", usage="/help [all]",
            help="this list (all: with how each is written)"),
    Command("back", answer.back, menu="go back to the previous question",
            help="go back to the previous question"),
    Command("skip", answer.skip, menu="skip an optional question",
            help="skip a question marked optional"),
    Command("proposals", votes.show_proposals, REST, menu="see proposals and vote",
            help="see proposals and vote on them", staff_usage="/proposals <code> [page]",
            staff_help="proposals with ids, votes and authors' pseudonyms"),
    Command("propose", proposals.propose, REST, menu="add a proposal",
            usage="/propose <idea>", help="add a proposal"),
    Command("feedback", proposals.feedback, REST, menu="tell the organisers something",
            usage="/feedback <text>", help="tell the organisers something",
            staff_usage="/feedback <code> [page]",
            staff_help="feedback, newest first, with its sentiment"),
    Command("pause", members.pause, menu="stop reminders for a while",
            help="stop reminders and messages for a while"),
    Command("resume", members.resume, menu="carry on where you left off",
            help="carry on where you left off"),
    Command("timezone", members.set_timezone, REST, menu="your time zone, for quiet hours",
            help="your time zone, so I keep quiet at night"),
    Command("language", language_choice.language, REST, menu="the language I write to you in",
            usage="/language [code]", help="choose the language I write to you in"),
    Command("privacy", join.privacy, menu="what I keep about you, and for how long",
            help="what I keep about you, for how long, and why (what you agreed to)"),
    Command("mydata", mydata.mydata, menu="everything stored about you, as a file",
            help="a file with everything I store about you"),
    Command("forget", mydata.forget, menu="erase your data",
            help="erase your data (I ask you to confirm)"),
    # the guided /poll form's own words; without a form they are unknown commands
    Command("cancel", messages.form_command, Args.TEXT),
    Command("done", messages.form_command, Args.TEXT),
    # organisers granted by an administrator create sessions
    Command("newsession", sessions.new_session, REST, ORGANISER, bot_wide=True,
            menu="create a session",
            usage="/newsession <title> [--flow <flow id>] [--community <name>]",
            help="create a session"),
    Command("flows", sessions.list_flows, roles=ORGANISER, bot_wide=True,
            menu="the flows you can choose from", help="the flows you can choose from"),
    # a session's organisers and coordinators
    Command("sessions", sessions.list_sessions, roles=STAFF,
            menu="your sessions, their codes and numbers",
            help="your sessions, their codes and participation numbers"),
    Command("open", sessions.open_session, REST, ORGANISER,
            menu="open a session so members can join",
            usage="/open <code>", help="open a session so members can join"),
    Command("close", sessions.close_session, REST, ORGANISER,
            menu="close a session (asks first)",
            usage="/close <code>", help="close a session (asks first)"),
    Command("poll", pollform.poll, REST, ORGANISER, menu="launch a poll (alone: step by step)",
            usage="/poll <code> <question> | <option> | <option> [--multi] [--anonymous] "
            "[--closes 2h or --closes friday 18:00]",
            help="launch a poll (/poll alone for a step-by-step form)"),
    Command("closepoll", polls.close, REST, ORGANISER, menu="close a poll",
            usage="/closepoll [code] <poll number>", help="close a poll and announce its results"),
    Command("broadcast", broadcast.broadcast, REST, ORGANISER,
            menu="message a session's members (asks first)",
            usage="/broadcast <code> <message>",
            help="a message to every member of a session (shown first, sent on your word)"),
    Command("nudge", levers.nudge, REST, ORGANISER,
            menu="remind those who have not finished or voted",
            usage="/nudge <code> [poll number | votes]",
            help="remind those who have not finished, not voted in a poll, or (votes) not voted "
            "on new proposals"),
    Command("hide", proposals.hide, REST, ORGANISER, menu="hide a proposal from members",
            usage="/hide [code] <proposal number> [reason]", help="hide a proposal from members"),
    Command("unhide", proposals.unhide, REST, ORGANISER, menu="show a hidden proposal again",
            usage="/unhide [code] <proposal number>", help="show a hidden proposal again"),
    Command("outcome", outcomes.outcome, REST, ORGANISER,
            menu="tell members what became of a proposal",
            usage="/outcome [code] <proposal number> adopted|declined|in_progress|done [why] "
            "[--ask-after 14d]",
            help="record what became of a proposal; those who proposed or voted on it hear "
            "it, and once it is done are asked whether it changed anything for them"),
    Command("translate", translations.translate, REST, ORGANISER,
            menu="a proposal in another language",
            usage="/translate [code] <proposal number> <language> <text>",
            help="a proposal in another of the session's languages: members who read it see "
            "it so, and their votes count for the one proposal"),
    Command("linkgroup", polls.link_group, REST, ORGANISER, where=Where.ANYWHERE,
            menu="link this group to a session", usage="/linkgroup <code>",
            help="send in a group chat to link it to a session"),
    Command("stats", stats.stats, REST, STAFF, heavy=True, menu="a session's numbers and a chart",
            usage="/stats <code>", help="a session's numbers and a chart"),
    Command("export", exports.export, REST, STAFF, menu="a session as a file",
            usage="/export <code> [csv|json|md|sheets] [--names]",
            help="a session as a file: CSV (its conversation with members, a row a message), "
            "JSON (everything), md (to read) or sheets (a zip of responses, proposals, votes "
            "and polls for a spreadsheet); members under pseudonyms unless --names"),
    Command("report", report.report, REST, STAFF, heavy=True,
            menu="a report to share, as one web page",
            usage="/report <code> [--moderated]",
            help="the session's report to share: one HTML file for any browser or printer; "
            "hidden proposals left out unless --moderated (then marked)"),
    Command("answers", readings.read_answers, REST, STAFF, menu="results per question",
            usage="/answers <code> [step] [page]",
            help="results per question: each option's count and share, a scale's mean and "
            "median, what members wrote; without a step, the questions as buttons"),
    Command("themes", themes.read_themes, REST, STAFF, heavy=True,
            menu="what members wrote, grouped into themes",
            usage="/themes <code> [step] [page]",
            help="what members wrote (or one question's answers), grouped into themes with "
            "their size, feeling and quotes"),
    Command("results", polls.results, REST, STAFF, menu="a poll's results",
            usage="/results [code] <poll number>", help="a poll's results"),
    Command("team", team.team, REST, ORGANISER, menu="who runs a session",
            usage="/team <code> [add <user id> organiser|coordinator | remove <user id> | "
            "invite organiser|coordinator]",
            help="who runs a session, and changing it"),
    Command("audit", audit.show, REST, STAFF, menu="who did what to a session",
            usage="/audit <code> [page]", help="who did what to a session"),
    # administrators (ADMIN_IDS)
    Command("grant", team.grant, REST, ADMIN, menu="give someone a role",
            usage="/grant <telegram user id> organiser|coordinator",
            help="let someone create or coordinate sessions"),
    Command("revoke", team.revoke, REST, ADMIN, menu="take a role back",
            usage="/revoke <telegram user id> organiser|coordinator", help="take that back"),
)  # fmt: skip
