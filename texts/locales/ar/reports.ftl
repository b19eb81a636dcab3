# needs translation
READ_USAGE = Usage: { $command } <session code> [page]
# needs translation
PROPOSALS_FOR_A_SESSION = Organisers and coordinators: /proposals <session code> lists its proposals.
# needs translation
ANSWERS_USAGE = Usage: /answers <session code> <step id> [page]. Steps of “{ $title }”: { $steps }
# needs translation
ANSWERS_USAGE_PLAIN = Usage: /answers <session code> <step id> [page]
# needs translation
ANSWERS_WHICH = Which question of “{ $title }”? Send /answers { $code } <step>, one of: { $steps }
# needs translation
NO_SUCH_STEP = “{ $title }” has no step “{ $step }”. Its steps: { $steps }
# needs translation
PAGE_FOOTER = Page { $page } of { $pages }. Next: { $more } { $next }
# needs translation
PAGE_LAST = Page { $page } of { $pages }.
# needs translation
NO_PAGE = There is no page { $page }: “{ $title }” has { $pages }.
# needs translation
PROPOSALS_HEAD = Proposals of “{ $title }” ({ $n }), by number. Hide one with /hide { $code } <number> [reason].
# needs translation
PROPOSAL_LINE =
    #{ $id } by { $author } · { $agree } agree, { $disagree } disagree, { $passed } pass{ $flags }
    { $text }
# needs translation
QUOTED = “{ $text }”
# needs translation
PROPOSAL_HIDDEN_FLAG = { " " }· hidden
# needs translation
PROPOSAL_WITHDRAWN_FLAG = { " " }· withdrawn
# needs translation
WITHDRAWN_TEXT = (withdrawn by its author)
# needs translation
NO_PROPOSALS_READ = “{ $title }” has no proposals yet.
# needs translation
FEEDBACK_HEAD = Feedback on “{ $title }” ({ $n }), newest first.
# needs translation
FEEDBACK_LINE =
    #{ $id } · { $when } · { $author } · { $mood }
    “{ $text }”
# needs translation
NO_FEEDBACK_READ = Nobody has given feedback on “{ $title }” yet.
# needs translation
ANSWERS_HEAD = Answers to “{ $step }” in “{ $title }” ({ $n }):
# needs translation
ANSWERS_TALLY = • { $label }: { $count } member(s)
# needs translation
ANSWER_LINE =
    { $author } · { $when }{ $mood }
    “{ $text }”
# needs translation
SIDE_ANSWER_LINE =
    { $author } · { $when } · { $kind }{ $mood }
    “{ $text }”
# needs translation
NO_ANSWERS_READ = Nobody has answered “{ $step }” in “{ $title }” yet.
# needs translation
MOOD = { $label } ({ SIGNED($polarity) })
# needs translation
MOOD_UNKNOWN = sentiment unknown
# needs translation
STATS_HEAD = 📊 “{ $title }” (code { $code }, { $status })
# needs translation
STATS_FUNNEL = Participation
# needs translation
STATS_STAGE = • { $name }: { $count }{ $share }
# needs translation
STATS_STAGE_SHARE = • { $name }: { $count } ({ NUMBER($share, style: "percent") })
# needs translation
CHART_ANSWERED = % answered
# needs translation
CHART_MOODS = Sentiment of members' words, by { $unit }
# needs translation
CHART_MEAN = mean polarity
# needs translation
CHART_TEXTS = texts
# needs translation
CHART_GROUPS = Opinion groups (members who vote alike)
# needs translation
CHART_VOTES__agree = agree
# needs translation
CHART_VOTES__disagree = disagree
# needs translation
CHART_VOTES__passed = pass
# needs translation
MARKDOWN_META = Code `{ $code }`, { $status }, flow { $flow }.
# needs translation
REPORT_FUNNEL_COLUMNS__0 = { "" }
# needs translation
REPORT_FUNNEL_COLUMNS__1 = members
# needs translation
REPORT_FUNNEL_COLUMNS__2 = of those who joined
# needs translation
REPORT_REPLY_COLUMNS__0 = { "" }
# needs translation
REPORT_REPLY_COLUMNS__1 = sent
# needs translation
REPORT_REPLY_COLUMNS__2 = answered
# needs translation
REPORT_REPLY_COLUMNS__3 = within a day
# needs translation
REPORT_REPLY_COLUMNS__4 = reply rate
# needs translation
REPORT_MOOD_COLUMNS__0 = texts
# needs translation
REPORT_MOOD_COLUMNS__1 = mean polarity
# needs translation
REPORT_MOOD_COLUMNS__2 = negative
# needs translation
REPORT_MOOD_COLUMNS__3 = positive
# needs translation
REPORT_HOUR = hour
# needs translation
REPORT_DAY = day
# needs translation
REPORT_DIVISIVE_COLUMNS__0 = #
# needs translation
REPORT_DIVISIVE_COLUMNS__1 = proposal
# needs translation
REPORT_DIVISIVE_COLUMNS__2 = agree
# needs translation
REPORT_DIVISIVE_COLUMNS__3 = disagree
# needs translation
REPORT_DIVISIVE_COLUMNS__4 = pass
# needs translation
STATS_STAGE_NAMES__joined = joined
# needs translation
STATS_STAGE_NAMES__consented = agreed to take part
# needs translation
STATS_STAGE_NAMES__started = answered a question
# needs translation
STATS_STAGE_NAMES__completed = finished the questions
# needs translation
STATS_STAGE_NAMES__proposed = wrote a proposal
# needs translation
STATS_STAGE_NAMES__voted = voted on proposals
# needs translation
STATS_REPLIES = Replies to the engagement loop's messages
# needs translation
STATS_REPLY = • { $kind }: { $answered } of { $sent } answered ({ NUMBER($share, style: "percent") }), { $within } within a day
# needs translation
STATS_REPLY_NONE = • { $kind }: none sent
# needs translation
REPROMPT_NAMES__reminder = reminders
# needs translation
REPROMPT_NAMES__followup = follow-ups
# needs translation
REPROMPT_NAMES__elaboration = requests for detail
# needs translation
REPROMPT_NAMES__champion = invitations to bring neighbours
# needs translation
STATS_MOODS = Sentiment of members' words, by { $unit } (mean, negative/positive)
# needs translation
STATS_MOOD = • { $bucket }: { $n } text(s), mean { SIGNED($mean) }, { $neg } negative, { $pos } positive
# needs translation
STATS_EARLIER_MOODS = • … and { $n } earlier (in the chart and in codesign report)
# needs translation
STATS_NO_MOODS = Sentiment: no member has written anything yet.
# needs translation
STATS_RANKED = Most agreed proposals
# needs translation
STATS_DIVISIVE = Most divisive proposals
# needs translation
STATS_PROPOSAL = • #{ $id } { $text }: { $agree } agree, { $disagree } disagree, { $passed } pass
# needs translation
STATS_NO_VOTES = No votes on proposals yet.
# needs translation
GROUPS_FOUND = Opinion groups: { $n } groups of members who vote alike ({ $sizes }).
# needs translation
GROUPS_NONE = Opinion groups: none. The { $members } members with { $least }+ votes do not fall into groups (their votes look no more alike than shuffled votes would).
# needs translation
GROUPS_FEW = Opinion groups: too few votes to look for them ({ $members } members with { $least }+ votes on { $proposals } proposals; it takes { $need_members } members and { $need_proposals } proposals).
# needs translation
GROUP_SIZE = { $label }: { $n }
# needs translation
VERDICTS__consensus = agreed across groups
# needs translation
VERDICTS__consensus_against = rejected across groups
# needs translation
VERDICTS__divisive = divides the groups
# needs translation
VERDICTS__mixed = no clear pattern
# needs translation
VERDICTS_ONE_GROUP__consensus = agreed by most
# needs translation
VERDICTS_ONE_GROUP__consensus_against = rejected by most
# needs translation
VERDICTS_ONE_GROUP__mixed = no clear majority
# needs translation
STATS_VERDICT = • { $verdict }: { $ids }
# needs translation
CHART_CAPTION = Participation, replies, sentiment and votes in “{ $title }”.
# needs translation
EXPORT_USAGE = Usage: /export <session code> [csv|json|md] [--names]
# needs translation
EXPORT_QUEUED = Your { $fmt } export of “{ $title }” is on its way.
# needs translation
EXPORT_CAPTION = { $fmt } export of “{ $title }”: { $n } message(s), { $who }.
# needs translation
EXPORT_PSEUDONYMS = members under pseudonyms
# needs translation
EXPORT_NAMES = members by name
# needs translation
EXPORT_NAMES_NOT_ALLOWED = Only an organiser of “{ $title }” decides whether its coordinators may export members' names (/team <code> names on); export without --names for pseudonyms.
# needs translation
EXPORT_ZIPPED = { " " }Zipped: it was too large to send as it is.
# needs translation
EXPORT_TOO_LARGE =
    This export is { $mib } MB even zipped, more than Telegram lets a bot send. On the server, run:
    
    { "    " }codesign export { $code } --format { $fmt } --output { $code }.{ $fmt }{ "\u000A" }
# needs translation
REPORT_MADE = Code { $code } · { $status } · flow { $flow } · report made { $when } UTC.
# needs translation
REPORT_CHART_ALT = Charts: participation, replies to reminders, sentiment over time, votes.
# needs translation
REPORT_PROPOSALS = Proposals, most agreed first
# needs translation
REPORT_GROUPS = Opinion groups
# needs translation
REPORT_COLUMNS__0 = #
# needs translation
REPORT_COLUMNS__1 = proposal
# needs translation
REPORT_COLUMNS__2 = author
# needs translation
REPORT_COLUMNS__3 = agree
# needs translation
REPORT_COLUMNS__4 = disagree
# needs translation
REPORT_COLUMNS__5 = pass
# needs translation
REPORT_COLUMNS__6 = agreement
# needs translation
REPORT_COLUMNS__7 = groups
# needs translation
REPORT_GROUP_SHARE = agree in { $group } ({ $n })
# needs translation
MOODS__negative = negative
# needs translation
MOODS__neutral = neutral
# needs translation
MOODS__positive = positive
# needs translation
SIDE_KINDS__followup = follow-up
# needs translation
SIDE_KINDS__elaboration = detail asked for
