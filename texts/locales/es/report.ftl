# needs translation
USAGE = Usage: /report <session code> [--moderated]
# needs translation
QUEUED = The report on “{ $title }” is on its way: one HTML file to open in any browser.
# needs translation
CAPTION = Report on “{ $title }”: open it in a browser, print it or pass it on. Members appear under pseudonyms.{ $moderated }
# needs translation
CAPTION_MODERATED = { " " }Moderated proposals are in it, marked.
# needs translation
AUDIT = the report{ $moderated }
# needs translation
AUDIT_MODERATED = { " " }with moderated proposals
# needs translation
TITLE = { $title } · { $community }
# needs translation
KICKER = Co-design session
# needs translation
KICKER_SEP = { " " }·{ " " }
# needs translation
RUN_BY = Run by { $organisers }.
# needs translation
RUN_BY_WITH = Run by { $organisers }, with { $coordinators }.
# needs translation
COORDINATED_BY = Coordinated by { $coordinators }.
# needs translation
AND = { " " }and{ " " }
# needs translation
RAN = Open from { $opened } to { $closed }.
# needs translation
OPEN_SINCE = Open since { $opened }, and still open.
# needs translation
NOT_OPENED = Not opened yet (a draft).
# needs translation
TAKE_PART = Take part:{ " " }
# needs translation
CONTENTS = Contents
# needs translation
TILES__joined = joined
# needs translation
TILES__completed = answered every question
# needs translation
TILES__proposals = proposals
# needs translation
TILES__votes = votes on proposals
# needs translation
TILES__polls = polls
# needs translation
FOOTER = Members appear under pseudonyms, the same in every report on this session; no member's name is in this report. The team is named as in Telegram. Every share is a count out of a total (“12 of 15, 80%”).
# needs translation
MADE = Report made { $when } · session code { $code }
# needs translation
NOT_ENOUGH = Not enough data yet.
# needs translation
ASKED = What we asked
# needs translation
ASKED_NONE = This session asks no questions: members only read messages and vote.
# needs translation
ASKED_KINDS__choice = Members chose one of: { $options }.
# needs translation
ASKED_KINDS__choices = Members chose any of: { $options }.
# needs translation
ASKED_KINDS__scale = On a scale from { $low } ({ $low_words }) to { $high } ({ $high_words }).
# needs translation
ASKED_KINDS__scale_plain = On a scale from { $low } to { $high }.
# needs translation
ASKED_KINDS__text = In their own words.
# needs translation
ASKED_KINDS__feedback = In their own words.
# needs translation
ASKED_KINDS__proposal = A proposal in their own words, for everyone to vote on.
# needs translation
ASKED_KINDS__vote = Then members voted on each other's proposals: agree, disagree or pass.
# needs translation
OPTIONAL = { " " }Optional.
# needs translation
SOME_ONLY = { " " }Asked only of some, depending on an earlier answer.
# needs translation
PARTICIPATION = Who took part
# needs translation
PARTICIPATION_NONE = Nobody has joined yet.
# needs translation
PARTICIPATION_LEDE = { $joined } people joined. Of them:
# needs translation
STAGES__consented = agreed to take part
# needs translation
STAGES__started = answered at least one question
# needs translation
STAGES__completed = answered every question
# needs translation
STAGES__proposed = wrote a proposal
# needs translation
STAGES__voted = voted on proposals
# needs translation
DECLINED = { $n } chose not to take part.
# needs translation
RESULTS = What members answered
# needs translation
RESULTS_COUNTED = { $answered } answered
# needs translation
RESULTS_SKIPPED = , { $n } skipped
# needs translation
RESULTS_MULTIPLE = Each could choose more than one, so the shares add up to more than 100%: each is out of the { $answered } who answered.
# needs translation
RESULTS_SCALE = Average { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, middle answer { NUMBER($median) }.
# needs translation
RESULTS_NONE = Nobody has answered yet.
# needs translation
RESULTS_MORE = … and { $n } more.
# needs translation
THEMES = What members wrote about
# needs translation
THEMES_LEDE = { $answers } written answers, grouped by what they are about:
# needs translation
THEMES_TOO_FEW = Too few written answers yet to group them into themes.
# needs translation
THEME_SIZE = { $size } of { $total } answers
# needs translation
OUTCOMES = What became of the proposals
# needs translation
OUTCOMES_NONE = The organisers have not recorded what became of any proposal yet.
# needs translation
OUTCOME_STATES__adopted = adopted
# needs translation
OUTCOME_STATES__declined = declined
# needs translation
OUTCOME_STATES__in_progress = in progress
# needs translation
OUTCOME_STATES__done = done
# needs translation
OUTCOME_DECIDED = Decided { $when }.
# needs translation
OUTCOME_CHANGED = Did this change anything for you? Members who voted on it said:
# needs translation
PROPOSALS = Proposals
# needs translation
PROPOSALS_NONE = No proposals yet.
# needs translation
PROPOSALS_LEDE = { $n } proposals from members, with { $votes } votes.
# needs translation
PROPOSALS_LEDE_ONE = 1 proposal from members, with { $votes } votes.
# needs translation
MODERATED_OUT = { $n } proposals were moderated out and are not shown.
# needs translation
MODERATED_OUT_ONE = 1 proposal was moderated out and is not shown.
# needs translation
MODERATED_SHOWN = { $n } moderated proposals are shown, marked “moderated”.
# needs translation
MODERATED_SHOWN_ONE = 1 moderated proposal is shown, marked “moderated”.
# needs translation
MODERATED = moderated
# needs translation
WITHDRAWN = withdrawn by its author
# needs translation
WITHDRAWN_TEXT = (its author withdrew it)
# needs translation
BY = by { $member }
# needs translation
MOST_AGREED = Most agreed
# needs translation
MOST_DIVISIVE = Most divisive: members are split
# needs translation
RANK_HOW = Only proposals with { $least } or more votes are ranked; a proposal is either among the most agreed or among the most divisive, never both.
# needs translation
TOO_FEW_TO_RANK = Not enough votes to rank proposals yet: it takes { $least } votes on a proposal.
# needs translation
NONE_AGREED = No proposal with { $least } or more votes has clear agreement yet.
# needs translation
ALL_PROPOSALS = Every proposal, in the order they came
# needs translation
VOTES = { $agree } of { $votes } agreed, { NUMBER($share, style: "percent") } · { $disagree } disagreed · { $passed } passed
# needs translation
NO_VOTES = No votes yet.
# needs translation
NOT_RANKED = not enough votes to rank
# needs translation
LEGEND__0 = agree
# needs translation
LEGEND__1 = disagree
# needs translation
LEGEND__2 = pass
# needs translation
POLLS = Polls
# needs translation
POLL_HEAD = Poll #{ $number }
# needs translation
POLL_OPEN = open
# needs translation
POLL_CLOSED = closed { $when }
# needs translation
POLL_VOTERS = { $n } voted
# needs translation
POLL_VOTERS_ONE = 1 voted
# needs translation
POLL_MULTIPLE = Each could choose more than one: each share is out of the { $n } who voted.
# needs translation
POLL_HIDDEN = An anonymous poll: its results are shown when it closes.
# needs translation
POLL_ANONYMOUS = Anonymous: nobody can tell who chose what.
# needs translation
GROUPS = Opinion groups
# needs translation
# how the /stats lines start: the heading says it
GROUPS_PREFIX = Opinion groups:{ " " }
# needs translation
GROUPS_HOW = Members who vote alike on the proposals form a group; the groups are looked for only when enough members have voted on enough proposals.
# needs translation
JOINING = How members joined
# needs translation
JOINING_NONE = Nobody has joined yet.
# needs translation
JOINING_DIRECT = through the organisers' link
# needs translation
JOINING_INVITED = through another member's invitation
# needs translation
JOINING_LEDE = Members could invite others with a link of their own.
# needs translation
INVITERS = { $n } members invited others. Those who brought most:
# needs translation
INVITERS_ONE = 1 member invited others:
# needs translation
INVITER = { $member } brought { $n }
# needs translation
FEELINGS = How members felt, in their words
# needs translation
FEELINGS_NONE = Members have not written anything yet.
# needs translation
FEELINGS_LEDE = { $n } things members wrote, read for their tone:
# needs translation
FEELINGS_HOW = The tone is estimated by a computer from the words alone, and can be wrong about any one answer; it shows the drift, not a verdict.
# needs translation
FEELING_NAMES__positive = positive
# needs translation
FEELING_NAMES__neutral = neutral
# needs translation
FEELING_NAMES__negative = negative
# needs translation
FEELINGS_OVER_TIME = Average tone, by { $unit }
# needs translation
FEELINGS_FEW_POINTS = Not enough data yet to show the tone over time.
# needs translation
FEELINGS_HIGH = positive
# needs translation
FEELINGS_LOW = negative
# needs translation
REMINDERS = Replies to reminders and follow-up questions
# needs translation
REMINDERS_LEDE = The bot reminded members who stopped part way, and asked a few for more: how many of those messages were answered.
# needs translation
REMINDER_KINDS__reminder = reminders to carry on
# needs translation
REMINDER_KINDS__followup = follow-up questions after an unhappy answer
# needs translation
REMINDER_KINDS__elaboration = requests to say a little more
# needs translation
REMINDER_KINDS__champion = invitations to bring neighbours
# needs translation
# every share: raw, beside its counts
SHARE = { $count } of { $total }, { NUMBER($share, style: "percent") }
