"""Polls: a poll as members see it, /poll and its step-by-step form, ballots, results and
closing (/results, /closepoll), and the group chat polls are posted in (/linkgroup)."""

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
    "See results with /results {code} {id}; close it with /closepoll {code} {id}."
)
POLL_GROUP = " and the group chat"
POLL_CREATED_FOR_NOBODY = (
    "Poll #{id} is made, and sent to nobody. See results with /results {code} {id}; close it "
    "with /closepoll {code} {id}."
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
POLL_USAGE_ID = "Usage: {command} [session code] <poll number>"
NO_SUCH_POLL = "There is no poll #{id}."
POLL_ALREADY_CLOSED = "Poll #{id} is already closed."
POLL_CLOSED_BUTTON = "This poll has closed."
POLL_CLOSED_ON = "This poll closed on {when}. {results}"
POLL_CLOSED_COPY = "📊 Poll #{id} from “{title}” closed on {when}.\n\n{question}\n{results}"
POLL_CLOSED_REMINDER = (
    "📊 Poll #{id} from “{title}” closed on {when}: its result is on the poll itself."
)
ORGANISER_RESULTS = "📊 Your poll in “{title}”:\n\n{results}"
RESULTS_TIE = "A tie: {options}, {n} {votes} each."
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
