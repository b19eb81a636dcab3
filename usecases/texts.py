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
    "No problem — nothing more will be asked. If you change your mind, open the link again."
)
CONSENT_PENDING = "Please answer the question above first: do you agree to take part?"
ALREADY_JOINED = "Welcome back to “{title}”! Here is where we were:"
BACK_TO_QUESTION = "And back to where we were:"
FLOW_FINISHED_ALREADY = (
    "You've answered all the questions of “{title}” — thank you! /help lists what else you can do."
)
PAUSED = "Paused: I won't send you reminders. Send /resume whenever you want to carry on."
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
SESSION_NOT_OPEN_BUTTON = "This session is not open any more."

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
    "/close <code> — close a session\n"
    "/grant <telegram user id> organiser|coordinator — give someone a role\n"
    "/poll <code> <question> | <option> | <option> [--multi] [--anonymous] [--closes 2h] — "
    "launch a poll (/poll alone for a step-by-step form)\n"
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
    "/results <poll id> — poll results"
)

NEWSESSION_USAGE = (
    "Usage: /newsession <title> [--flow <flow id>] [--community <name>]\n"
    "For example: /newsession Elm Park redesign --flow park_redesign\n/flows lists the flows."
)
TITLE_TOO_LONG = "That title is too long: please keep it under {limit} characters."
COMMUNITY_TOO_LONG = "That community name is too long: please keep it under {limit} characters."
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
    "{completed} completed; {reprompts}"
)
REPROMPT_STATS = "{sent} reminder(s) and follow-up(s) sent, {share:.0%} answered within a day"
NO_REPROMPTS = "no reminders sent yet"
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

# -- proposals and votes --------------------------------------------------------------------
CARD_HEADER = "Proposal {position} of {total} (#{id})"
CARD_OWN = "This is your proposal."
CARD_YOUR_VOTE = "Your vote: {vote}. Tap another button to change it."
CARD_NOT_VOTED = "Do you agree?"
PREVIOUS = "◀ Previous"
NEXT = "Next ▶"
NO_PROPOSALS = "There are no proposals in “{title}” yet. Write one with /propose <your idea>."
PROPOSAL_EMPTY = (
    "Your proposal is empty. Usage: /propose <your idea>, in {least} to {most} characters, "
    "for example: /propose Lights along the pond path"
)
PROPOSAL_SHORT = "That's a bit short for a proposal: please use at least {least} characters."
PROPOSAL_LONG = "That proposal is too long: please keep it to {most} characters at most."
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
PROPOSAL_WITHDRAWN = "Proposal #{id} was withdrawn by its author: it stays hidden, with its votes."
REASON_TOO_LONG = "That reason is too long: please keep it under {limit} characters."

# -- polls -----------------------------------------------------------------------------------
POLL_HEADER = "📊 Poll #{id}"
POLL_SINGLE = "Choose one option; you can change your choice until the poll closes."
POLL_MULTI = "Choose any options; tap again to unselect. You can change until the poll closes."
POLL_ANONYMOUS = "This poll is anonymous: nobody sees who chose what."
POLL_CLOSES = "Closes {when}."
POLL_USAGE = (
    "Usage: /poll <code> <question> | <option> | <option> [| ...] "
    "[--multi] [--anonymous] [--closes 2h]\nOr send /poll alone for a step-by-step form."
)
POLL_ERRORS = {
    "usage": POLL_USAGE,
    "question_empty": "The question is empty.",
    "question_long": "The question is too long: at most {limit} characters.",
    "option_empty": "One of the options is empty.",
    "option_long": "An option is too long: at most {limit} characters each.",
    "option_duplicate": "Two options are the same.",
    "option_count": "A poll needs between {low} and {high} options.",
    "closes_missing": "--closes needs a duration, like --closes 2h.",
    "closes_bad": "I can't read the closing time “{given}”: use a number and a unit, like 2h.",
    "closes_range": "The closing time must be between 1 minute and 60 days from now.",
    "yes_no": "Please answer yes or no.",
    "confirm": "Send “send” to launch the poll, or /cancel.",
}
POLL_NOT_OPEN_SESSION = "Polls go to open sessions only: “{title}” is {status}."
POLL_CREATED = (
    "Poll #{id} is on its way to {members} member(s){group}. "
    "See results with /results {id}; close it with /closepoll {id}."
)
POLL_GROUP = " and the group chat"
FORM_PROMPTS = {
    "code": "Let's make a poll. Which session is it for? Send its code (/sessions lists them). "
    "Send /cancel at any time to stop.",
    "question": "What is the question?",
    "options": "Send the options one message at a time (2 to 10). Send /done after the last one.",
    "multi": "Can members choose more than one option? (yes/no)",
    "anonymous": "Should the poll be anonymous, so nobody sees who chose what? (yes/no)",
    "closes": "When should it close? A duration like 2h or 3d, or “no” to close it by hand.",
    "confirm": "Ready:\n\n{summary}\n\nSend “send” to launch it, or /cancel.",
}
FORM_OPTION_ADDED = "Option {n} added. Send the next one, or /done."
FORM_CANCELLED = "Poll cancelled; nothing was sent."
POLL_USAGE_ID = "Usage: {command} <poll id>"
NO_SUCH_POLL = "There is no poll #{id}."
POLL_ALREADY_CLOSED = "Poll #{id} is already closed."
POLL_CLOSED_BUTTON = "This poll has closed."
POLL_NOT_MEMBER = "Only members who joined through the session's link can vote. Join: {link}"
BALLOT_SAVED = "Your vote: {choice}"
BALLOT_CLEARED = "No option chosen now."
RESULTS_SO_FAR = "Poll #{id} (open): {question}\n{voters} voter(s) so far."
RESULTS_FINAL = "Poll #{id} has closed: {question}\n{voters} voter(s)."

LINKGROUP_USAGE = "Usage: /linkgroup <session code>, sent in the community's group chat."
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
