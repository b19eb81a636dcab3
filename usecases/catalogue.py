"""Every command the bot knows, one row each (see `usecases.commands.Command`). Adding a
command is one row here, its use case, and its words in `texts/commands.py` (its menu line,
usage and help line, in every language's catalogue): the shell registers it, the menus and
/help list it for those who may use it, and everyone else is refused before it runs.

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
    myreach,
    outcomes,
    pollform,
    polls,
    proposals,
    reach,
    readings,
    report,
    routing,
    seeds,
    segment_commands,
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
    Command("start", join.start, REST),
    Command("help", members.show_help, REST),
    Command("back", answer.back),
    Command("skip", answer.skip),
    Command("proposals", votes.show_proposals, REST),
    Command("propose", proposals.propose, REST),
    Command("feedback", proposals.feedback, REST),
    Command("pause", members.pause),
    Command("resume", members.resume),
    Command("timezone", members.set_timezone, REST),
    Command("language", language_choice.language, REST),
    Command("privacy", join.privacy),
    Command("mydata", mydata.mydata),
    Command("forget", mydata.forget),
    Command("myreach", myreach.myreach),
    # the guided /poll form's own words; without a form they are unknown commands
    Command("cancel", messages.form_command, Args.TEXT),
    Command("done", messages.form_command, Args.TEXT),
    # organisers granted by an administrator create sessions
    Command("newsession", sessions.new_session, REST, ORGANISER, bot_wide=True),
    Command("flows", sessions.list_flows, roles=ORGANISER, bot_wide=True),
    # a session's organisers and coordinators
    Command("sessions", sessions.list_sessions, roles=STAFF),
    Command("open", sessions.open_session, REST, ORGANISER),
    Command("close", sessions.close_session, REST, ORGANISER),
    Command("poll", pollform.poll, REST, ORGANISER),
    Command("closepoll", polls.close, REST, ORGANISER),
    Command("broadcast", broadcast.broadcast, REST, ORGANISER),
    Command("nudge", levers.nudge, REST, ORGANISER),
    Command("segments", segment_commands.list_segments, REST, STAFF),
    Command("segment", segment_commands.segment, REST, STAFF),
    Command("hide", proposals.hide, REST, ORGANISER),
    Command("unhide", proposals.unhide, REST, ORGANISER),
    Command("pin", routing.pin, REST, ORGANISER),
    Command("outcome", outcomes.outcome, REST, ORGANISER),
    Command("translate", translations.translate, REST, ORGANISER),
    Command("seed", seeds.seed, REST, ORGANISER),
    Command("linkgroup", polls.link_group, REST, ORGANISER, where=Where.ANYWHERE),
    Command("stats", stats.stats, REST, STAFF, heavy=True),
    Command("export", exports.export, REST, STAFF),
    Command("report", report.report, REST, STAFF, heavy=True),
    Command("answers", readings.read_answers, REST, STAFF),
    Command("themes", themes.read_themes, REST, STAFF, heavy=True),
    Command("funnel", reach.funnel, REST, STAFF, heavy=True),
    Command("reach", reach.reach, REST, STAFF, heavy=True),
    Command("champions", reach.champions, REST, STAFF, heavy=True),
    Command("results", polls.results, REST, STAFF),
    Command("team", team.team, REST, ORGANISER),
    Command("audit", audit.show, REST, STAFF),
    # administrators (ADMIN_IDS)
    Command("grant", team.grant, REST, ADMIN),
    Command("revoke", team.revoke, REST, ADMIN),
)  # fmt: skip
