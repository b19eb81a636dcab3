"""The command menus Telegram shows (`COMMANDS`) and the /help text of each role (`HELP_*`)."""

# the command menus Telegram shows (at most 256 characters each)
COMMANDS = {
    "start": "join a session from its code",
    "help": "what you can do",
    "back": "go back to the previous question",
    "skip": "skip an optional question",
    "proposals": "see proposals and vote",
    "propose": "add a proposal",
    "feedback": "tell the organisers something",
    "pause": "stop reminders for a while",
    "resume": "carry on where you left off",
    "timezone": "your time zone, for quiet hours",
    "mydata": "everything stored about you, as a file",
    "forget": "erase your data",
    "stats": "a session's numbers and a chart",
    "export": "a session as a file",
    "answers": "the answers to one question",
    "newsession": "create a session",
    "flows": "the flows you can choose from",
    "sessions": "your sessions, their codes and numbers",
    "open": "open a session so members can join",
    "close": "close a session (asks first)",
    "poll": "launch a poll (alone: step by step)",
    "results": "a poll's results",
    "closepoll": "close a poll",
    "broadcast": "a message to every member of a session",
    "nudge": "remind those who have not finished or voted",
    "hide": "hide a proposal from members",
    "unhide": "show a hidden proposal again",
    "team": "who runs a session",
    "audit": "who did what to a session",
    "grant": "give someone a role",
    "revoke": "take a role back",
}
HELP_MEMBER = (
    "Here is what you can do:\n"
    "/start <code> — join a session from its code\n"
    "/back — go back to the previous question\n"
    "/skip — skip a question marked optional\n"
    "/proposals — see proposals and vote on them\n"
    "/propose <idea> — add a proposal\n"
    "/feedback <text> — tell the organisers something\n"
    "/pause — stop reminders and messages for a while\n"
    "/resume — carry on where you left off\n"
    "/timezone — your time zone, so I keep quiet at night\n"
    "/mydata — a file with everything I store about you\n"
    "/forget — erase your data (I ask you to confirm)\n"
    "/help — this list"
)
HELP_ORGANISER = (
    "Organiser commands:\n"
    "/newsession <title> [--flow <flow id>] [--community <name>] — create a session\n"
    "/flows — the flows you can choose from\n"
    "/sessions — your sessions, their codes and numbers\n"
    "/open <code> — open a session so members can join\n"
    "/close <code> — close a session (asks first)\n"
    "/team <code> [add <user id> organiser|coordinator | remove <user id>] — who runs it\n"
    "/audit <code> — who did what to a session\n"
    "/poll <code> <question> | <option> | <option> [--multi] [--anonymous] [--closes 2h or "
    "--closes friday 18:00] — launch a poll (/poll alone for a step-by-step form)\n"
    "/results <poll id> — poll results; /closepoll <poll id> — close a poll\n"
    "/broadcast <code> <message> — a message to every member of a session\n"
    "/nudge <code> [poll id] — remind those who have not finished (or not voted)\n"
    "/hide <proposal id> [reason] and /unhide <proposal id> — moderate proposals\n"
    "/stats, /export, /proposals, /feedback and /answers with a session code — what members "
    "said (see the coordinator commands)\n"
    "/linkgroup <code> — send in a group chat to link it to a session"
)
HELP_COORDINATOR = (
    "Coordinator commands (also for organisers):\n"
    "/sessions — sessions with their participation numbers\n"
    "/stats <code> — a session's numbers and a chart\n"
    "/export <code> [csv|json|md] [--names] — a session as a file: CSV (one row per message), "
    "JSON (everything) or md (to read); members under pseudonyms unless --names\n"
    "/proposals <code> [page] — proposals with ids, votes and authors' pseudonyms\n"
    "/feedback <code> [page] — feedback, newest first, with its sentiment\n"
    "/answers <code> <step> [page] — the answers to one question\n"
    "/results <poll id> — poll results\n/audit <code> — who did what to a session"
)
HELP_ADMIN = (
    "Administrator commands:\n"
    "/grant <telegram user id> organiser|coordinator — let someone create or coordinate\n"
    "/revoke <telegram user id> organiser|coordinator — take that back"
)
