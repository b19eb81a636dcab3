READ_USAGE = Usage: { $command } <session code> [page]
PROPOSALS_FOR_A_SESSION = Organisers and coordinators: /proposals <session code> lists its proposals.
ANSWERS_USAGE = Usage: /answers <session code> <step id> [page]. Steps of “{ $title }”: { $steps }
ANSWERS_USAGE_PLAIN = Usage: /answers <session code> [step id] [page]
ANSWERS_WHICH = Which question of “{ $title }”? The results of each, in the flow's order:
ANSWERS_BUTTON = { $label } ({ $n })
NO_QUESTIONS = “{ $title }” asks no questions: its flow has only messages and votes.
NO_SUCH_STEP = “{ $title }” has no step “{ $step }”. Its steps: { $steps }
PAGE_FOOTER = Page { $page } of { $pages }. Next: { $more } { $next }
PAGE_LAST = Page { $page } of { $pages }.
NO_PAGE = There is no page { $page }: “{ $title }” has { $pages }.
PROPOSALS_HEAD = Proposals of “{ $title }” ({ $n }), by number. Hide one with /hide { $code } <number> [reason].
PROPOSAL_LINE =
    #{ $id } by { $author } · { $agree } agree, { $disagree } disagree, { $passed } pass{ $flags }
    { $text }
QUOTED = “{ $text }”
PROPOSAL_HIDDEN_FLAG = { " " }· hidden
PROPOSAL_WITHDRAWN_FLAG = { " " }· withdrawn
WITHDRAWN_TEXT = (withdrawn by its author)
NO_PROPOSALS_READ = “{ $title }” has no proposals yet.
FEEDBACK_HEAD = Feedback on “{ $title }” ({ $n }), newest first.
FEEDBACK_LINE =
    #{ $id } · { $when } · { $author } · { $mood }
    “{ $text }”
NO_FEEDBACK_READ = Nobody has given feedback on “{ $title }” yet.
ANSWERS_HEAD =
    “{ $title }”, question { $step }:
    { $prompt }
ANSWERS_TALLY =
    • { $label }: { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
ANSWER_LINE =
    { $author } · { $when }{ $mood }{ $flags }
    “{ $text }”
SIDE_NAMES__followup = reply to a follow-up
SIDE_NAMES__elaboration = more detail, asked for
ANSWER_HIDDEN_FLAG = { " " }· a proposal the organisers hid
# every share shown: raw, beside its counts
SHARE = { $count } of { $total }, { NUMBER($share, style: "percent") }
SHARE_OF_NONE = { $count } of { $total }
RESULTS_ANSWERED = { $answered } answered
RESULTS_SKIPPED = { $n } skipped
RESULTS_ERASED = { $n } erased by their authors
RESULTS_OPTION = • { $label }: { $share }
RESULTS_MULTIPLE = Each could pick more than one: the shares are of the members who answered, so they may add up to more than 100%.
RESULTS_SCALE = Mean { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, median { NUMBER($median) }.
RESULTS_WRITTEN = Newest first, each with its sentiment.
RESULTS_ADDED = { $n ->
        [one] { $n } reply
       *[other] { $n } replies
    } to follow-ups or requests for detail
RESULTS_NONE = Nobody has answered yet.
RESULTS_HEAD = Results per question
RESULTS_BRIEF_HEAD = Results per question (/answers { $code } for each in full)
RESULTS_BRIEF_CHOICE = • { $label }: { $counted }; most chose { $top } ({ $share })
RESULTS_BRIEF_SCALE = • { $label }: { $counted }; mean { NUMBER($mean, minimumFractionDigits: 1, maximumFractionDigits: 1) }, median { NUMBER($median) }
RESULTS_BRIEF_WRITTEN = • { $label }: { $counted }{ $moods }
RESULTS_BRIEF_MOODS = ; { $negative } negative, { $positive } positive
RESULTS_BRIEF_EMPTY = • { $label }: nobody has answered yet
RESULTS_TIED = { " " }and{ " " }
NO_QUESTIONS_ASKED = The flow asks no questions of its own.
SIDE_ANSWER_LINE =
    { $author } · { $when } · { $kind }{ $mood }
    “{ $text }”
NO_ANSWERS_READ = Nobody has answered “{ $step }” in “{ $title }” yet.
MOOD = { $label } ({ SIGNED($polarity) })
MOOD_UNKNOWN = sentiment unknown
STATS_HEAD = 📊 “{ $title }” (code { $code }, { $status })
STATS_FUNNEL = Participation
STATS_STAGE = • { $name }: { $count }
STATS_STAGE_SHARE = • { $name }: { $count } ({ NUMBER($share, style: "percent") })
CHART_ANSWERED = % answered
CHART_MOODS =
    Sentiment of members' words, by { $unit ->
        [hour] hour
       *[day] day
    }
CHART_MEAN = mean polarity
CHART_TEXTS = texts
CHART_GROUPS = Opinion groups (members who vote alike)
CHART_VOTES__agree = agree
CHART_VOTES__disagree = disagree
CHART_VOTES__passed = pass
MARKDOWN_META = Code `{ $code }`, { $status }, flow { $flow }.
REPORT_FUNNEL_COLUMNS__0 = { "" }
REPORT_FUNNEL_COLUMNS__1 = members
REPORT_FUNNEL_COLUMNS__2 = of those who joined
REPORT_REPLY_COLUMNS__0 = { "" }
REPORT_REPLY_COLUMNS__1 = sent
REPORT_REPLY_COLUMNS__2 = answered
REPORT_REPLY_COLUMNS__3 = within a day
REPORT_REPLY_COLUMNS__4 = reply rate
REPORT_MOOD_COLUMNS__0 = texts
REPORT_MOOD_COLUMNS__1 = mean polarity
REPORT_MOOD_COLUMNS__2 = negative
REPORT_MOOD_COLUMNS__3 = positive
REPORT_HOUR = hour
REPORT_DAY = day
REPORT_DIVISIVE_COLUMNS__0 = #
REPORT_DIVISIVE_COLUMNS__1 = proposal
REPORT_DIVISIVE_COLUMNS__2 = agree
REPORT_DIVISIVE_COLUMNS__3 = disagree
REPORT_DIVISIVE_COLUMNS__4 = pass
STATS_STAGE_NAMES__joined = joined
STATS_STAGE_NAMES__consented = agreed to take part
STATS_STAGE_NAMES__started = answered a question
STATS_STAGE_NAMES__completed = finished the questions
STATS_STAGE_NAMES__proposed = wrote a proposal
STATS_STAGE_NAMES__voted = voted on proposals
STATS_REPLIES = Replies to reminders and follow-up questions
STATS_FEW_MOODS = Not enough data yet to show sentiment over time.
STATS_RANKED_HOW = Ranked by (agrees + 1) / (votes + 2), a score that keeps a proposal with few votes from topping the list; only proposals with { $least }+ votes and not divided are ranked. The shares are the raw ones.
STATS_DIVISIVE_HOW = More than a third of those who took a side on each side.
STATS_REPLY = • { $kind }: { $answered } of { $sent } answered ({ NUMBER($share, style: "percent") }), { $within } within a day
STATS_REPLY_NONE = • { $kind }: none sent
REPROMPT_NAMES__reminder = reminders
REPROMPT_NAMES__followup = follow-ups
REPROMPT_NAMES__elaboration = requests for detail
REPROMPT_NAMES__champion = invitations to bring neighbours
STATS_MOODS =
    Sentiment of members' words, by { $unit ->
        [hour] hour
       *[day] day
    } (mean, negative/positive)
STATS_MOOD =
    • { $bucket }: { $n ->
        [one] { $n } text
       *[other] { $n } texts
    }, mean { SIGNED($mean) }, { $neg } negative, { $pos } positive
STATS_EARLIER_MOODS = • … and { $n } earlier (in the chart and in codesign report)
STATS_NO_MOODS = Sentiment: no member has written anything yet.
STATS_RANKED = Most agreed proposals
STATS_DIVISIVE = Most divisive proposals
STATS_PROPOSAL = • { $number } { $text }: agree { $agree }; disagree { $disagree }; pass { $passed }
STATS_TOO_FEW_TO_RANK = Not enough votes to rank proposals: a proposal is ranked from { $least } votes, and none has that many yet.
STATS_NONE_AGREED = No proposal with { $least }+ votes has a clear majority agreeing.
GROUP_SIZE_SMALL = { $label }: fewer than { $least }
GROUP_HEAD = Group { $label } ({ $n } members) stands apart on:
GROUP_SMALL = Group { $label }: fewer than { $least } members, too few to describe.
GROUP_NOTHING_APART = Group { $label } ({ $n } members): no proposal sets it clearly apart.
GROUP_APART = • { $proposal }: { $label } { $way }, { $mine }; the other groups { $rest }
GROUP_WAYS__agree = agreed
GROUP_WAYS__disagree = disagreed
GROUPS_APART_HOW = What sets each group apart: proposals it agreed (or disagreed) with far more than the other groups did, by Pol.is's test (significant at 95%).
COMMON_HEAD = What every group agrees on
COMMON_HEAD_ONE = What most members agree on
COMMON_EVERY = • { $proposal }: every group { $way } ({ $shares })
COMMON_ONE = • { $proposal }: most { $way }, { $share }
COMMON_SHARE = { $label } { $share }
COMMON_SMALL = { $label } too, a group too small to show
COMMON_NONE = No proposal has a clear majority in every group yet.
COMMON_NONE_ONE = No proposal has a clear majority yet.
STATS_NO_VOTES = No votes on proposals yet.
GROUPS_FOUND =
    Opinion groups: { $n ->
        [one] { $n } group
       *[other] { $n } groups
    } of members who vote alike ({ $sizes }).
GROUPS_NONE = Opinion groups: none. The { $members } members with { $least }+ votes do not fall into groups (their votes look no more alike than shuffled votes would).
GROUPS_FEW = Opinion groups: too few votes to look for them ({ $members } members with { $least }+ votes on { $proposals } proposals; it takes { $need_members } members and { $need_proposals } proposals).
GROUP_SIZE = { $label }: { $n }
VERDICTS__consensus = agreed across groups
VERDICTS__consensus_against = rejected across groups
VERDICTS__divisive = divides the groups
VERDICTS__mixed = no clear pattern
VERDICTS_ONE_GROUP__consensus = agreed by most
VERDICTS_ONE_GROUP__consensus_against = rejected by most
VERDICTS_ONE_GROUP__mixed = no clear majority
STATS_VERDICT = • { $verdict }: { $ids }
CHART_CAPTION = Participation, replies, sentiment and votes in “{ $title }”.
EXPORT_USAGE = Usage: /export <session code> [csv|json|md|sheets|graphml] [--names]
FORMAT_NAMES__csv = CSV
FORMAT_NAMES__json = JSON
FORMAT_NAMES__md = Markdown
FORMAT_NAMES__sheets = spreadsheet
FORMAT_NAMES__graphml = GraphML
SHEET_STATUS__joined = not consented
SHEET_STATUS__declined = declined
SHEET_STATUS__answering = answering
SHEET_STATUS__finished = finished
SHEET_LINK = session link
SHEET_INVITED = invitation
SHEET_SIDE_ANSWERS__followup = — follow-up
SHEET_SIDE_ANSWERS__elaboration = — more detail
SHEET_STATE__open = open
SHEET_STATE__hidden = hidden
SHEET_STATE__withdrawn = withdrawn
COLUMNS__id = id
COLUMNS__time = time
COLUMNS__direction = direction
COLUMNS__member = member
COLUMNS__step = step
COLUMNS__kind = kind
COLUMNS__text = text
COLUMNS__polarity = polarity
COLUMNS__sentiment = sentiment
COLUMNS__joined = joined
COLUMNS__consented = consented
COLUMNS__finished = finished
COLUMNS__status = status
COLUMNS__language = language
COLUMNS__joined_via = joined_via
COLUMNS__invited_by = invited_by
COLUMNS__proposal = proposal
COLUMNS__author = author
COLUMNS__created = created
COLUMNS__agree = agree
COLUMNS__disagree = disagree
COLUMNS__pass = pass
COLUMNS__votes = votes
COLUMNS__state = state
COLUMNS__hidden_reason = hidden_reason
COLUMNS__outcome = outcome
COLUMNS__outcome_words = outcome_words
COLUMNS__outcome_at = outcome_at
COLUMNS__group = group
COLUMNS__proposals = proposals
COLUMNS__poll = poll
COLUMNS__question = question
COLUMNS__multiple = multiple
COLUMNS__anonymous = anonymous
COLUMNS__opened = opened
COLUMNS__closes = closes
COLUMNS__closed = closed
COLUMNS__voters = voters
COLUMNS__option = option
COLUMNS__breakdown = breakdown
COLUMNS__answered = answered
COLUMNS__contributed = contributed
COLUMNS__invited = invited
COLUMNS__invitee_activated = invitee_activated
COLUMNS__note = note
COLUMNS__session = session
COLUMNS__source = source
COLUMNS__tag = tag
COLUMNS__champion = champion
COLUMNS__seed = seed
COLUMNS__invite = invite
COLUMNS__link = link
COLUMNS__hours_to_joined = hours_to_joined
COLUMNS__hours_to_consented = hours_to_consented
COLUMNS__hours_to_answered = hours_to_answered
COLUMNS__hours_to_finished = hours_to_finished
COLUMNS__hours_to_contributed = hours_to_contributed
COLUMNS__hours_to_invited = hours_to_invited
COLUMNS__hours_to_invitee_activated = hours_to_invitee_activated
DIRECTIONS__in = in
DIRECTIONS__out = out
SHEET_POLL_STATUS__open = open
SHEET_POLL_STATUS__closed = closed
SHEET_YES = yes
SHEET_NO = no
MD_TRANSCRIPT =
    { "\u000A" }## Transcript
    
    Times on the session's clock ({ $zone }).{ "\u000A" }
EXPORT_SHEETS_CAPTION = Spreadsheets of “{ $title }”: responses.csv ({ $m ->
        [one] { $m } member
       *[other] { $m } members
    }), proposals.csv ({ $p }), votes.csv, polls.csv ({ $q ->
        [one] { $q } poll
       *[other] { $q } polls
    }) and funnel.csv (how people came), { $who }. UTF-8 CSV files: Excel, LibreOffice and Google Sheets open them as they are.
EXPORT_QUEUED = Your { $fmt } export of “{ $title }” is on its way.
EXPORT_CAPTION =
    { $fmt } export of “{ $title }”: { $n ->
        [one] { $n } message
       *[other] { $n } messages
    }, { $who }.
EXPORT_GRAPH_CAPTION =
    Who invited whom in “{ $title }”, as GraphML: { $n ->
        [one] { $n } member
       *[other] { $n } members
    } and { $edges ->
        [one] { $edges } invitation
       *[other] { $edges } invitations
    }, { $who }. Gephi, yEd and networkx open it.
EXPORT_PSEUDONYMS = members under pseudonyms
EXPORT_NAMES = members by name
EXPORT_NAMES_NOT_ALLOWED = Only an organiser of “{ $title }” decides whether its coordinators may export members' names (/team <code> names on); export without --names for pseudonyms.
EXPORT_ZIPPED = { " " }Zipped: it was too large to send as it is.
EXPORT_TOO_LARGE =
    This export is { $mib } MB even zipped, more than Telegram lets a bot send. On the server, run:
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $suffix }{ "\u000A" }
REPORT_MADE = Code { $code } · { $status } · flow { $flow } · report made { $when } UTC.
REPORT_CHART_ALT = Charts: participation, replies to reminders, sentiment over time, votes.
REPORT_PROPOSALS = Proposals, most agreed first
REPORT_GROUPS = Opinion groups
REPORT_COLUMNS__0 = #
REPORT_COLUMNS__1 = proposal
REPORT_COLUMNS__2 = author
REPORT_COLUMNS__3 = agree
REPORT_COLUMNS__4 = disagree
REPORT_COLUMNS__5 = pass
REPORT_COLUMNS__6 = agreement
REPORT_COLUMNS__7 = groups
REPORT_GROUP_SHARE = agree in { $group } ({ $n })
MOODS__negative = negative
MOODS__neutral = neutral
MOODS__positive = positive
SIDE_KINDS__followup = follow-up
SIDE_KINDS__elaboration = detail asked for
# the Markdown export's heading above the messages
MARKDOWN_TRANSCRIPT = Transcript
# a message the bot sent
MARKDOWN_BOT_TO = bot → { $who }
MARKDOWN_STEP = { " " }· step `{ $step }`
STATS_CHAMPION_REPLY =
    • { $kind }: { $answered } of { $sent } brought someone who took part ({ NUMBER($share, style: "percent") }), { $within } within a day; { $brought ->
        [one] 1 member
       *[other] { $brought } members
    } joined through members' links and took part
