"""The shareable HTML report (`codesign report`, /report): what a coordinator hands to a
council or posts to the community. Plain words: no name of the bot's machinery."""

# -- /report in the chat -------------------------------------------------------------------
USAGE = "Usage: /report <session code> [--moderated]"
QUEUED = "The report on “{title}” is on its way: one HTML file to open in any browser."
CAPTION = (
    "Report on “{title}”: open it in a browser, print it or pass it on. Members appear "
    "under pseudonyms.{moderated}"
)
CAPTION_MODERATED = " Moderated proposals are in it, marked."
AUDIT = "the report{moderated}"
AUDIT_MODERATED = " with moderated proposals"

# -- the document ---------------------------------------------------------------------------
TITLE = "{title} · {community}"
KICKER = "Co-design session"
KICKER_SEP = " · "
RUN_BY = "Run by {organisers}."
RUN_BY_WITH = "Run by {organisers}, with {coordinators}."
COORDINATED_BY = "Coordinated by {coordinators}."
AND = " and "
RAN = "Open from {opened} to {closed}."
OPEN_SINCE = "Open since {opened}, and still open."
NOT_OPENED = "Not opened yet (a draft)."
TAKE_PART = "Take part: "
CONTENTS = "Contents"
TILES = {
    "joined": "joined",
    "completed": "answered every question",
    "proposals": "proposals",
    "votes": "votes on proposals",
    "polls": "polls",
}
FOOTER = (
    "Members appear under pseudonyms, the same in every report on this session; no member's "
    "name is in this report. The team is named as in Telegram. Every share is a count out of "
    "a total (“12 of 15, 80%”)."
)
MADE = "Report made {when} · session code {code}"
NOT_ENOUGH = "Not enough data yet."

# -- what was asked -------------------------------------------------------------------------
ASKED = "What we asked"
ASKED_NONE = "This session asks no questions: members only read messages and vote."
ASKED_KINDS = {
    "choice": "Members chose one of: {options}.",
    "choices": "Members chose any of: {options}.",
    "scale": "On a scale from {low} ({low_words}) to {high} ({high_words}).",
    "scale_plain": "On a scale from {low} to {high}.",
    "text": "In their own words.",
    "feedback": "In their own words.",
    "proposal": "A proposal in their own words, for everyone to vote on.",
    "vote": "Then members voted on each other's proposals: agree, disagree or pass.",
}
OPTIONAL = " Optional."
SOME_ONLY = " Asked only of some, depending on an earlier answer."

# -- participation --------------------------------------------------------------------------
PARTICIPATION = "Who took part"
PARTICIPATION_NONE = "Nobody has joined yet."
PARTICIPATION_LEDE = "{joined} people joined. Of them:"
STAGES = {
    "consented": "agreed to take part",
    "started": "answered at least one question",
    "completed": "answered every question",
    "proposed": "wrote a proposal",
    "voted": "voted on proposals",
}
DECLINED = "{n} chose not to take part."

# -- results per question, themes, outcomes -------------------------------------------------
RESULTS = "What members answered"
RESULTS_COUNTED = "{answered} answered"
RESULTS_SKIPPED = ", {n} skipped"
RESULTS_MULTIPLE = (
    "Each could choose more than one, so the shares add up to more than 100%: each is out "
    "of the {answered} who answered."
)
RESULTS_SCALE = "Average {mean:.1f}, middle answer {median:g}."
RESULTS_NONE = "Nobody has answered yet."
RESULTS_MORE = "… and {n} more."
THEMES = "What members wrote about"
THEMES_LEDE = "{answers} written answers, grouped by what they are about:"
THEMES_TOO_FEW = "Too few written answers yet to group them into themes."
THEME_SIZE = "{size} of {total} answers"
OUTCOMES = "What became of the proposals"
OUTCOMES_NONE = "The organisers have not recorded what became of any proposal yet."
OUTCOME_STATES = {
    "adopted": "adopted",
    "declined": "declined",
    "in_progress": "in progress",
    "done": "done",
}
OUTCOME_DECIDED = "Decided {when}."
OUTCOME_CHANGED = "Did this change anything for you? Members who voted on it said:"

# -- proposals ------------------------------------------------------------------------------
PROPOSALS = "Proposals"
PROPOSALS_NONE = "No proposals yet."
PROPOSALS_LEDE = "{n} proposals from members, with {votes} votes."
PROPOSALS_LEDE_ONE = "1 proposal from members, with {votes} votes."
MODERATED_OUT = "{n} proposals were moderated out and are not shown."
MODERATED_OUT_ONE = "1 proposal was moderated out and is not shown."
MODERATED_SHOWN = "{n} moderated proposals are shown, marked “moderated”."
MODERATED_SHOWN_ONE = "1 moderated proposal is shown, marked “moderated”."
MODERATED = "moderated"
WITHDRAWN = "withdrawn by its author"
WITHDRAWN_TEXT = "(its author withdrew it)"
BY = "by {member}"
MOST_AGREED = "Most agreed"
MOST_DIVISIVE = "Most divisive: members are split"
RANK_HOW = (
    "Only proposals with {least} or more votes are ranked; a proposal is either among the "
    "most agreed or among the most divisive, never both."
)
TOO_FEW_TO_RANK = "Not enough votes to rank proposals yet: it takes {least} votes on a proposal."
NONE_AGREED = "No proposal with {least} or more votes has clear agreement yet."
ALL_PROPOSALS = "Every proposal, in the order they came"
VOTES = "{agree} of {votes} agreed, {share:.0%} · {disagree} disagreed · {passed} passed"
NO_VOTES = "No votes yet."
NOT_RANKED = "not enough votes to rank"
LEGEND = ("agree", "disagree", "pass")

# -- polls ----------------------------------------------------------------------------------
POLLS = "Polls"
POLL_HEAD = "Poll #{number}"
POLL_OPEN = "open"
POLL_CLOSED = "closed {when}"
POLL_VOTERS = "{n} voted"
POLL_VOTERS_ONE = "1 voted"
POLL_MULTIPLE = "Each could choose more than one: each share is out of the {n} who voted."
POLL_HIDDEN = "An anonymous poll: its results are shown when it closes."
POLL_ANONYMOUS = "Anonymous: nobody can tell who chose what."

# -- opinion groups -------------------------------------------------------------------------
GROUPS = "Opinion groups"
GROUPS_PREFIX = "Opinion groups: "  # how the /stats lines start: the heading says it
GROUPS_HOW = (
    "Members who vote alike on the proposals form a group; the groups are looked for only "
    "when enough members have voted on enough proposals."
)

# -- how members joined ---------------------------------------------------------------------
JOINING = "How members joined"
JOINING_NONE = "Nobody has joined yet."
JOINING_DIRECT = "through the organisers' link"
JOINING_INVITED = "through another member's invitation"
JOINING_LEDE = "Members could invite others with a link of their own."
INVITERS = "{n} members invited others. Those who brought most:"
INVITERS_ONE = "1 member invited others:"
INVITER = "{member} brought {n}"

# -- feelings -------------------------------------------------------------------------------
FEELINGS = "How members felt, in their words"
FEELINGS_NONE = "Members have not written anything yet."
FEELINGS_LEDE = "{n} things members wrote, read for their tone:"
FEELINGS_HOW = (
    "The tone is estimated by a computer from the words alone, and can be wrong about any "
    "one answer; it shows the drift, not a verdict."
)
FEELING_NAMES = {"positive": "positive", "neutral": "neutral", "negative": "negative"}
FEELINGS_OVER_TIME = "Average tone, by {unit}"
FEELINGS_FEW_POINTS = "Not enough data yet to show the tone over time."
FEELINGS_HIGH, FEELINGS_LOW = "positive", "negative"

# -- reminders ------------------------------------------------------------------------------
REMINDERS = "Replies to reminders and follow-up questions"
REMINDERS_LEDE = (
    "The bot reminded members who stopped part way, and asked a few for more: how many "
    "of those messages were answered."
)
REMINDER_KINDS = {
    "reminder": "reminders to carry on",
    "followup": "follow-up questions after an unhappy answer",
    "elaboration": "requests to say a little more",
    "champion": "invitations to bring neighbours",
}
SHARE = "{count} of {total}, {share:.0%}"  # every share: raw, beside its counts
