"""Every text the use cases show people (English), in one place for review and translation.
The engine's own texts are in `dialogs/texts.py`.

Texts are plain; the shell escapes them for HTML. Placeholders use str.format.
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
SOME_SESSION_DRAFT = "This session hasn't opened yet. Please try again once the organiser opens it."
SOME_SESSION_CLOSED = "This session has closed. Thank you for your interest!"
CONSENT = (
    "Welcome to “{title}”!\n\n"
    "Before we start: I will keep what you write here (your answers, proposals, votes and "
    "feedback), your Telegram name and the time of each message, so the organisers of "
    "{community} can use them for this co-design session.\n\n"
    "You can send /pause at any time to stop my reminders and /resume to carry on. "
    "/mydata sends you everything I store about you, and /forget erases it (after asking you "
    "once more). If you say no thanks, I keep only the fact that someone declined.\n\n"
    "Do you agree to take part?"
)
CONSENT_YES = "I agree"
CONSENT_NO = "No thanks"
CONSENT_GIVEN = "✅ You agreed to take part on {date}."
CONSENT_DECLINED = (
    "No problem — nothing more will be asked. If you change your mind, write to me or open "
    "the link again."
)
CONSENT_PENDING = "Please answer the question above first: do you agree to take part?"
CONSENT_DECLINED_BEFORE = (
    "You said no thanks to taking part in “{title}”, so I'm not asking you anything. "
    "Changed your mind? Tap below to join after all."
)
CONSENT_AFTER_ALL = "I'd like to take part"
ALREADY_JOINED = "Welcome back to “{title}”! Here is where we were:"
BACK_TO_QUESTION = "And back to where we were:"
FLOW_FINISHED_ALREADY = (
    "You've answered all the questions of “{title}” — thank you! /help lists what else you can do."
)
PAUSED = (
    "Paused: no reminders, polls or news from me until you send /resume. "
    "I still answer when you write."
)
ALREADY_PAUSED = "You're already paused. Send /resume to carry on."
RESUMED = "Welcome back! Reminders are on again."
NOT_PAUSED = "You're not paused — we're all set."
TIMEZONE_ASK = (
    "Your time zone is {zone} (it's {time} there): I keep quiet at night in it. Tap yours, "
    "or send /timezone followed by your city or zone, e.g. /timezone Lisbon."
)
TIMEZONE_SET = "Your time zone is now {zone} (it's {time} there). I'll keep quiet at night."
TIMEZONE_UNKNOWN = (
    "I don't know the time zone “{typed}”. Send a city (/timezone Lisbon) or a zone name "
    "(/timezone Europe/Lisbon)."
)
EDIT_IGNORED = (
    "I only read new messages, so your edit didn't change anything. To change an answer, "
    "send /back."
)
UNKNOWN_COMMAND = "I don't know the command {command}. /help lists what you can do."
NOT_ALLOWED = "Sorry, only {role}s can use {command}."
NOT_ALLOWED_BUTTON = "Sorry, only {role}s can use this button."
NON_TEXT_OUTSIDE_FLOW = "I can only read text messages. /help lists what you can do."
STALE_BUTTON = "That button is no longer valid."
THE_ORGANISERS = "the organisers"  # {organiser} in a flow, when the bot never met them
SESSION_NOT_OPEN_BUTTON = "This session is not open any more."

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
UNKNOWN_FLOW = "There is no flow “{flow}”. Installed flows: {flows}."
SESSION_CREATED = (
    "Created “{title}” for the community “{community}” (flow: {flow}) as a draft. It is "
    "yours: only you, the team you add with /team and the administrators see it.\n\n"
    "Join code: {code}\nLink for members: {link}\n\n"
    "Members can join once you send /open {code}."
)
FLOWS_HEADER = "Installed flows:"
FLOW_LINE = "• {id} — {title} ({steps} steps)"
NO_SESSIONS = "There are no sessions yet. Create one with /newsession <title>."
SESSIONS_HEADER = "Sessions (newest first):"
SESSION_LINE = (
    "• {title} — code {code}, {status}, flow {flow}: {joined} joined, {consented} consented, "
    "{completed} completed; {reprompts}"
)
REPROMPT_STATS = "{sent} reminder(s) and follow-up(s) sent, {share:.0%} answered within a day"
NO_REPROMPTS = "no reminders sent yet"
CODE_USAGE = "Usage: {command} <session code>"
NO_SUCH_SESSION = "There is no session with the code “{code}”. /sessions lists them."
NOT_YOUR_SESSION = "There is no session “{code}” among yours. /sessions lists the sessions you run."
OPENED = "“{title}” is open. Members can join with {link}"
ALREADY_OPEN = "“{title}” is already open."
CLOSED = "“{title}” is closed. Members can no longer answer; their answers are kept."
ALREADY_CLOSED = "“{title}” is already closed."

GRANT_USAGE = "Usage: /grant <telegram user id> organiser|coordinator"
GRANTED = "User {user_id} now has the {role} role."
ALREADY_GRANTED = "User {user_id} already has the {role} role."

# -- proposals and votes --------------------------------------------------------------------
CARD_HEADER = "Proposal {position} of {total} (#{id})"
CARD_OWN = "This is your proposal."
CARD_YOUR_VOTE = "Your vote: {vote}. Tap another button to change it."
CARD_NOT_VOTED = "Do you agree?"
CARD_SAVED_NEXT = "✅ Saved your vote on #{id}: {vote}. Here is the next one:"
CARD_ALL_VOTED = (
    "That's all: you have voted on every proposal so far — thank you! You can change a vote "
    "until the session closes, and /proposals shows new ones as they come."
)
CARD_NOTHING_TO_VOTE = (
    "There is nothing else to vote on yet: yours is the only proposal. /proposals shows new "
    "ones as they come."
)
PREVIOUS = "◀ Previous"
NEXT = "Next ▶"
NO_PROPOSALS = "There are no proposals in “{title}” yet. Write one with /propose <your idea>."
PROPOSAL_EMPTY = (
    "Your proposal is empty. Usage: /propose <your idea>, in {least} to {most} characters, "
    "for example: /propose Lights along the pond path"
)
PROPOSAL_DUPLICATE = (
    "That idea is already on the list as proposal #{id}. You can vote on it with /proposals."
)
PROPOSAL_SAVED = (
    "Thank you! Your proposal is saved as #{id}. Others can vote on it with /proposals."
)
VOTE_SAVED = "Saved: {vote}"
VOTE_UNCHANGED = "You already voted {vote}."
OWN_PROPOSAL = "You can't vote on your own proposal."
PROPOSAL_HIDDEN_BUTTON = "The organisers have hidden this proposal."
MILESTONE = "Good news: your proposal “{text}” now has {count} agree votes in “{title}”."
NEED_SESSION = (
    "Join a session first: open the link your organiser shared. /help lists what you can do."
)

FEEDBACK_USAGE = (
    "Usage: /feedback <what you'd like to tell the organisers>, up to {most} characters"
)
FEEDBACK_LONG = "That's too long: please keep feedback to {most} characters at most."
FEEDBACK_SAVED = "Thank you for your feedback — the organisers will read it."

HIDE_USAGE = "Usage: {command} <proposal id> [reason]"
NO_SUCH_PROPOSAL = "There is no proposal #{id}."
HIDDEN = "Proposal #{id} is hidden from members. Reason: {reason}"
ALREADY_HIDDEN = "Proposal #{id} is already hidden."
UNHIDDEN = "Proposal #{id} is visible to members again."
NOT_HIDDEN = "Proposal #{id} is not hidden."
NO_REASON = "no reason given"
YOUR_PROPOSAL_HIDDEN = (
    "The organisers of “{title}” have hidden your proposal “{text}”: others no longer see it "
    "or vote on it.\nReason: {reason}\nIf you think this is a mistake, tell them with "
    "/feedback."
)
YOUR_PROPOSAL_SHOWN = (
    "Your proposal “{text}” is visible again in “{title}”: others can see it and vote on it."
)
PROPOSAL_WITHDRAWN = "Proposal #{id} was withdrawn by its author: it stays hidden, with its votes."
REASON_TOO_LONG = "That reason is too long: please keep it under {limit} characters."

# -- polls -----------------------------------------------------------------------------------
POLL_HEADER = "📊 Poll #{id} from “{title}”"
POLL_SINGLE = "Choose one option; you can change your choice until the poll closes."
POLL_MULTI = "Choose any options; tap again to unselect. You can change until the poll closes."
POLL_ANONYMOUS = "This poll is anonymous: nobody sees who chose what."
POLL_COUNTS_LATER = "The counts are shown when it closes."
POLL_VISIBLE = "The organisers see who chose what."
RESULTS_HIDDEN = (
    "Poll #{id} (open, anonymous): {question}\nIts counts are shown when it closes, so that "
    "nobody can tell who chose what from when the numbers move (ask with --live to see them "
    "as they come)."
)
POLL_CLOSES = "Closes {when}."
POLL_USAGE = (
    "Usage: /poll <code> <question> | <option> | <option> [| ...] "
    "[--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]\nOr send /poll "
    "alone for a step-by-step form."
)
POLL_ERRORS = {
    "usage": POLL_USAGE,
    "question_empty": "The question is empty.",
    "question_long": "The question is too long: at most {limit} characters.",
    "option_empty": "One of the options is empty.",
    "option_long": "An option is too long: at most {limit} characters each.",
    "option_duplicate": "Two options are the same.",
    "option_count": "A poll needs between {low} and {high} options.",
    "closes_missing": "--closes needs a time, like --closes 2h or --closes friday 18:00.",
    "closes_bad": (
        "I can't read the closing time “{given}”. Write a duration (2h, 3d), a day and a time "
        "(tomorrow 18:00, friday 9:30, 12 May 18:00) or a time (18:00)."
    ),
    "closes_range": "The closing time must be between 1 minute and 60 days from now.",
    "closes_past": "That closing time has already passed: please choose a later one.",
    "yes_no": "Please answer yes or no (or tap a button above).",
    "confirm": "Tap Send (or type “send”) to launch the poll, or /cancel.",
}
POLL_NOT_OPEN_SESSION = "Polls go to open sessions only: “{title}” is {status}."
POLL_CREATED = (
    "Poll #{id} is on its way to {members} member(s){group}. "
    "See results with /results {id}; close it with /closepoll {id}."
)
POLL_GROUP = " and the group chat"
POLL_CREATED_FOR_NOBODY = (
    "Poll #{id} is made, and sent to nobody. See results with /results {id}; close it with "
    "/closepoll {id}."
)
FORM_PROMPTS = {
    "code": "Let's make a poll. Which session is it for? Tap it, or send its code (/sessions "
    "lists them). Send /cancel at any time to stop.",
    "question": "What is the question?",
    "options": "Send the options (2 to 10): one a message, or several in one message, one a "
    "line. Send /done after the last one.",
    "multi": "Can members choose more than one option?",
    "anonymous": "Should the poll be anonymous, so nobody sees who chose what?",
    "closes": "When should it close? Tap one, or write a duration (2h, 3d), a day and a time "
    "(tomorrow 18:00, friday 9:30) or a time (18:00), in your time zone, {zone} (/timezone "
    "changes it).",
    "confirm": "Ready:\n\n{summary}\n\nSend it?",
}
FORM_BUTTONS = {
    "options": {"done": "That's all"},
    "multi": {"yes": "Yes", "no": "No"},
    "anonymous": {"yes": "Yes", "no": "No"},
    "closes": {
        "1h": "In 1 hour",
        "tomorrow": "Tomorrow 18:00",
        "3d": "In 3 days",
        "7d": "In a week",
        "never": "I'll close it",
    },
    "confirm": {"send": "Send", "cancel": "Cancel"},
    "nobody": {"create": "Make it anyway", "cancel": "Cancel"},
}
FORM_CHOSEN = "{question}\n\n✅ {answer}"
FORM_SUMMARY_HEAD = "Session: {title} ({code})\nQuestion: {question}"
FORM_SUMMARY_TAIL = "Multiple choice: {multi}\nAnonymous: {anonymous}\nCloses: {closes}"
FORM_CLOSES_AT = "{when} ({zone})"
FORM_BY_HAND = "when you close it (/closepoll)"
YES, NO = "yes", "no"
FORM_OPTION_ADDED = "Option {n} added. Send the next one, or /done."
POLL_NOBODY = (
    "Nobody in “{title}” can get this poll now: {why}. A poll goes out when it is made, so "
    "nobody would get it, now or later. Make it anyway?"
)
NOBODY_JOINED = "nobody has joined yet"
NOBODY_AGREED = "{joined} joined, {agreed} agreed to take part"
NOBODY_OF_THOSE = "; of those, {reasons}"
NOBODY_REASONS = {
    "paused": "{n} paused",
    "opted_out": "{n} opted out",
    "blocked": "{n} blocked the bot",
}
FORM_CANCELLED = "Poll cancelled; nothing was sent."
POLL_USAGE_ID = "Usage: {command} <poll id>"
NO_SUCH_POLL = "There is no poll #{id}."
POLL_ALREADY_CLOSED = "Poll #{id} is already closed."
POLL_CLOSED_BUTTON = "This poll has closed."
POLL_CLOSED_ON = "This poll closed on {when}. {results}"
POLL_CLOSED_COPY = "📊 Poll #{id} from “{title}” closed on {when}.\n\n{question}\n{results}"
POLL_NOT_MEMBER = "Only members who joined through the session's link can vote. Join: {link}"
BALLOT_SAVED = "Your vote: {choice}"
BALLOT_CLEARED = "No option chosen now."
RESULTS_SO_FAR = "Poll #{id} (open): {question}\n{voters} voter(s) so far."
RESULTS_FINAL = "Poll #{id} has closed: {question}\n{voters} voter(s)."

LINKGROUP_USAGE = "Usage: /linkgroup <session code>, sent in the community's group chat."
LINKGROUP_TAKEN = (
    "This group is linked to a session another team runs; one of its organisers can link "
    "it elsewhere."
)
LINKGROUP_PRIVATE = "Send /linkgroup <code> in the group chat you want to link, not here."
LINKED = "This group is now linked to “{title}”. Polls of this session will be posted here too."

# -- organisers' levers ----------------------------------------------------------------------
BROADCAST_USAGE = "Usage: /broadcast <session code> <message to every member>"
BROADCAST_LONG = "That message is too long: please keep it to {limit} characters at most."
BROADCAST_MESSAGE = "📣 From the organisers of “{title}”:\n\n{text}"
BROADCAST_QUEUED = (
    "Sending to {n} member(s) of “{title}”. At Telegram's pace that takes about {duration} "
    "(done by {done}). Members who paused or blocked the bot are left out."
)
NOBODY_REACHABLE = (
    "Nobody in “{title}” can be messaged now (members who paused, declined or blocked the bot "
    "are left out), so nothing was sent."
)
NOT_OPEN = "“{title}” is {status}: only open sessions can be messaged."
NUDGE_USAGE = (
    "Usage: /nudge <session code> to remind those who have not finished the questions, or "
    "/nudge <session code> <poll id> to remind those who have not voted in that poll."
)
NUDGED = "Reminding {n} member(s) of “{title}” who have not finished the questions."
NUDGED_POLL = "Reminding {n} member(s) who have not voted in poll #{id}."
NUDGE_LATER = (
    " {n} of them are in their quiet hours or had enough reminders today: theirs goes later."
)
NUDGE_NOBODY = "Everyone in “{title}” who can be messaged has finished the questions."
NUDGE_POLL_NOBODY = "Everyone who got poll #{id} and can be messaged has voted."
POLL_REMINDER = "A reminder from “{title}”: you have not voted yet.\n\n{poll}"

# -- teams, roles and the audit --------------------------------------------------------------
AUDIT_HEADER = "What happened to “{title}” (newest last):"
AUDIT_LINE = "• {when} — {what}"
SERVER = "the bot or its server"
USER = "User {id}"
TEAM_USAGE = (
    "Usage: /team <code> to see a session's team, /team <code> add <telegram user id> "
    "organiser|coordinator, or /team <code> remove <telegram user id>"
)
TEAM_HEADER = "The team of “{title}”:"
TEAM_OWNER = "• {who} — owner"
TEAM_LINE = "• {who} — {role}"
TEAM_ADDED = "{who} is now a {role} of “{title}”."
TEAM_ALREADY = "{who} is already a {role} of “{title}”."
TEAM_REMOVED = "{who} is no longer on the team of “{title}”."
TEAM_NOT_ON = "{who} is not on the team of “{title}”."
TEAM_OWNER_STAYS = "The owner of “{title}” stays on its team."
TEAM_OWNER_ONLY = "Only the owner of “{title}” (or an administrator) adds or removes organisers."
ADMINS_ONLY = "Sorry, only administrators (ADMIN_IDS) can use {command}."
REVOKE_USAGE = "Usage: /revoke <telegram user id> organiser|coordinator"
REVOKED = "User {user_id} no longer has the {role} role."
NOT_GRANTED = "User {user_id} does not have the {role} role."
CLOSE_ASK = (
    "Close “{title}”? Members will no longer be able to answer; everything they said is kept."
)
CLOSE_YES = "Close it"
CLOSE_NO = "Keep it open"
CLOSE_KEPT = "“{title}” stays open."
REOPENED = "“{title}” is open again. Members can carry on where they were: {link}"
CANNOT_REOPEN_NOW = (
    "“{title}” was closed on {date} and {what} since, so it stays closed. "
    "Start a new session with /newsession."
)
# -- reading, stats, exports (organisers and coordinators) --------------------------------
READ_USAGE = "Usage: {command} <session code> [page]"
PROPOSALS_FOR_A_SESSION = (
    "Organisers and coordinators: /proposals <session code> lists its proposals."
)
ANSWERS_USAGE = "Usage: /answers <session code> <step id> [page]. Steps of “{title}”: {steps}"
ANSWERS_USAGE_PLAIN = "Usage: /answers <session code> <step id> [page]"
NO_SUCH_STEP = "“{title}” has no step “{step}”. Its steps: {steps}"
PAGE_FOOTER = "Page {page} of {pages}. Next: {more} {next}"
PAGE_LAST = "Page {page} of {pages}."
NO_PAGE = "There is no page {page}: “{title}” has {pages}."
PROPOSALS_HEAD = "Proposals of “{title}” ({n}), by id. Hide one with /hide <id> [reason]."
PROPOSAL_LINE = (
    "#{id} by {author} · {agree} agree, {disagree} disagree, {passed} pass{flags}\n{text}"
)
QUOTED = "“{text}”"
PROPOSAL_HIDDEN_FLAG = " · hidden"
PROPOSAL_WITHDRAWN_FLAG = " · withdrawn"
WITHDRAWN_TEXT = "(withdrawn by its author)"
NO_PROPOSALS_READ = "“{title}” has no proposals yet."
FEEDBACK_HEAD = "Feedback on “{title}” ({n}), newest first."
FEEDBACK_LINE = "#{id} · {when} · {author} · {mood}\n“{text}”"
NO_FEEDBACK_READ = "Nobody has given feedback on “{title}” yet."
ANSWERS_HEAD = "Answers to “{step}” in “{title}” ({n}):"
ANSWERS_TALLY = "• {label}: {count} member(s)"
ANSWER_LINE = "{author} · {when}{mood}\n“{text}”"
SIDE_ANSWER_LINE = "{author} · {when} · {kind}{mood}\n“{text}”"
NO_ANSWERS_READ = "Nobody has answered “{step}” in “{title}” yet."
MOOD = "{label} ({polarity:+.2f})"
MOOD_UNKNOWN = "sentiment unknown"

STATS_HEAD = "📊 “{title}” (code {code}, {status})"
STATS_FUNNEL = "Participation"
STATS_STAGE = "• {name}: {count}{share}"
STATS_STAGE_NAMES = {
    "joined": "joined",
    "consented": "agreed to take part",
    "started": "answered a question",
    "completed": "finished the questions",
    "proposed": "wrote a proposal",
    "voted": "voted on proposals",
}
STATS_REPLIES = "Replies to the engagement loop's messages"
STATS_REPLY = "• {kind}: {answered} of {sent} answered ({share:.0%}), {within} within a day"
STATS_REPLY_NONE = "• {kind}: none sent"
REPROMPT_NAMES = {
    "reminder": "reminders",
    "followup": "follow-ups",
    "elaboration": "requests for detail",
    "champion": "invitations to bring neighbours",
}
STATS_MOODS = "Sentiment of members' words, by {unit} (mean, negative/positive)"
STATS_MOOD = "• {bucket}: {n} text(s), mean {mean:+.2f}, {neg} negative, {pos} positive"
STATS_EARLIER_MOODS = "• … and {n} earlier (in the chart and in codesign report)"
STATS_NO_MOODS = "Sentiment: no member has written anything yet."
STATS_RANKED = "Most agreed proposals"
STATS_DIVISIVE = "Most divisive proposals"
STATS_PROPOSAL = "• #{id} {text}: {agree} agree, {disagree} disagree, {passed} pass"
STATS_NO_VOTES = "No votes on proposals yet."
GROUPS_FOUND = "Opinion groups: {n} groups of members who vote alike ({sizes})."
GROUPS_NONE = (
    "Opinion groups: none. The {members} members with {least}+ votes do not fall into groups "
    "(their votes look no more alike than shuffled votes would)."
)
GROUPS_FEW = (
    "Opinion groups: too few votes to look for them ({members} members with {least}+ votes on "
    "{proposals} proposals; it takes {need_members} members and {need_proposals} proposals)."
)
GROUP_SIZE = "{label}: {n}"
VERDICTS = {
    "consensus": "agreed across groups",
    "consensus_against": "rejected across groups",
    "divisive": "divides the groups",
    "mixed": "no clear pattern",
}
VERDICTS_ONE_GROUP = {
    "consensus": "agreed by most",
    "consensus_against": "rejected by most",
    "mixed": "no clear majority",
}
STATS_VERDICT = "• {verdict}: {ids}"
CHART_CAPTION = "Participation, replies, sentiment and votes in “{title}”."
EXPORT_USAGE = "Usage: /export <session code> [csv|json|md] [--names]"
EXPORT_QUEUED = "Your {fmt} export of “{title}” is on its way."
EXPORT_CAPTION = "{fmt} export of “{title}”: {n} message(s), {who}."
EXPORT_PSEUDONYMS = "members under pseudonyms"
EXPORT_NAMES = "members by name"
EXPORT_ZIPPED = " Zipped: it was too large to send as it is."
EXPORT_TOO_LARGE = (
    "This export is {mib} MB even zipped, more than Telegram lets a bot send. On the server, "
    "run:\n\n    codesign export {code} --format {fmt} --output {code}.{fmt}\n"
)

# -- a member's own data ---------------------------------------------------------------------
MYDATA_QUEUED = "Here comes a file with everything I store about you."
MYDATA_CAPTION = "Everything the bot stores about you, as of {date}."
FORGET_CONFIRM = (
    "This erases your name, username and time zone, and everything you wrote in every "
    "session: answers, proposals, feedback and messages. What stays has no name on it: your "
    "votes, the numbers of answers, and the proposals others already voted on (as “withdrawn”, "
    "with their vote counts, without your words). I won't message you again unless you join "
    "a session again. This cannot be undone.\n\nErase your data?"
)
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
)
FORGET_NOTHING = "I have nothing stored about you."

# -- the HTML report (codesign report) ---------------------------------------------------
REPORT_MADE = "Code {code} · {status} · flow {flow} · report made {when} UTC."
REPORT_CHART_ALT = "Charts: participation, replies to reminders, sentiment over time, votes."
REPORT_PROPOSALS = "Proposals, most agreed first"
REPORT_GROUPS = "Opinion groups"
REPORT_COLUMNS = ("#", "proposal", "author", "agree", "disagree", "pass", "agreement", "groups")
REPORT_GROUP_SHARE = "agree in {group} ({n})"
