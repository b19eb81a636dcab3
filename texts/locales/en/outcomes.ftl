STATE_NAMES__adopted = adopted
STATE_NAMES__declined = declined
STATE_NAMES__in_progress = in progress
STATE_NAMES__done = done
STATE_MARKS__adopted = 👍
STATE_MARKS__declined = ✖️
STATE_MARKS__in_progress = 🛠
STATE_MARKS__done = ✅
USAGE =
    Usage: { $command } [session code] <proposal number> adopted|declined|in_progress|done [why, in a few words]
    For example: { $command } 3 done The lights went up on 2 June.
    With done, --ask-after 7d sets when those who voted are asked whether it changed anything for them.
NO_STATE = What became of proposal #{ $id }? Write one of adopted, declined, in_progress or done after its number, then why in a few words: { $command } { $code } { $id } done The lights went up.
BAD_STATE = I don't know that outcome. Write one of adopted, declined, in_progress or done after the proposal's number, e.g. { $command } { $code } { $id } adopted
TOO_LONG = Those words are too long: please keep them to { $limit } characters.
ASK_AFTER_BAD = --ask-after takes a wait like 7d, 48h or 30d (at most 365d), e.g. { $command } { $code } { $id } done --ask-after 7d The lights went up.
ASK_AFTER_NOT_DONE = --ask-after goes with done only: members are asked whether a proposal changed anything once it is done.
HIDDEN = Proposal #{ $id } is hidden from members, so there is no outcome to tell them. /unhide { $code } { $id } first if it should be seen.
WITHDRAWN = Proposal #{ $id } was withdrawn by its author (they erased their data), so there is no outcome to record.
ALREADY = Proposal #{ $id } is already marked { $state } (since { $since }); nothing changed and nobody is told twice.
REWORDED = Proposal #{ $id } was already marked { $state } (since { $since }): its words are now yours, for the report and exports. Those told already are not told again.
SAVED = Proposal #{ $id } is now marked { $mark } { $state }.
SAVED_WORDS = Members read your words with it: “{ $words }”
SAVED_WORDS_KEPT = Your words are kept with it for the report and exports: “{ $words }”
TELLING = I'm telling { $n ->
        [one] the member who proposed or voted on it
       *[other] the { $n } members who proposed or voted on it
    }, paced, within the daily limit and outside their quiet hours.
TELLING_NOBODY = Nobody who proposed or voted on it can be messaged now, so nobody is told.
TOLD_BEFORE =
    { $n ->
        [one] { $n } member who heard it was { $state } before is not told again.
       *[other] { $n } members who heard it was { $state } before are not told again.
    }
AWAY = { $n } more cannot be messaged (paused, left or blocked the bot).
WILL_ASK = In { $wait } I'll ask them whether it changed anything for them; the answers come with the outcome in /stats, the report and the exports.
ADD_WHY = Tip: next time, add a few words on why after the state: members read them with the news, and they tell more than the state alone. Words added now ({ $command } { $code } { $id } { $state } <why>) go in the report and exports.
TOLD_HEAD = You said, we did — “{ $title }”
TOLD_YOURS = Your proposal #{ $id }: “{ $text }”
TOLD_VOTED = Proposal #{ $id }, which you voted on: “{ $text }”
TOLD_STATES__adopted = 👍 The organisers have adopted it.
TOLD_STATES__declined = ✖️ The organisers decided not to take it forward.
TOLD_STATES__in_progress = 🛠 Work on it has started.
TOLD_STATES__done = ✅ It has been done.
TOLD_WHY = In their words: “{ $words }”
TOLD_THANKS = Thank you for taking part.
QUESTION =
    “{ $title }”: proposal #{ $id }, “{ $text }”, was done on { $date }.
    
    Did this change anything for you?
IMPACT_LABELS__a_lot = Yes, a lot
IMPACT_LABELS__a_little = A little
IMPACT_LABELS__not_really = Not really
ANSWERED = You said: { $label }. Thank you!
WORDS_PLEASE = If you like, tell me in a few words what changed (or what didn't): the next message you type is kept with your answer. No need to, though.
ALREADY_ANSWERED = You answered this already. Thank you!
WORDS_KEPT = Thank you — your words are kept with your answer.
WORDS_DECLINED = Alright, your answer stands as it is. Thank you!
WORDS_TOO_LONG = That is a little long: please keep it to { $limit } characters.
CARD_LINE = { $mark } Outcome: { $state }
CARD_WHY = “{ $words }”
STATS_HEAD = What became of proposals:
STATS_LINE = • #{ $id } { $text }: { $state } ({ $date }){ $answers }
STATS_ANSWERS = ; changed anything? { $counts } ({ $n } answered)
REPORT_SECTION = You said, we did
REPORT_COLUMNS__0 = #
REPORT_COLUMNS__1 = proposal
REPORT_COLUMNS__2 = outcome
REPORT_COLUMNS__3 = in their words
REPORT_COLUMNS__4 = since
REPORT_ASKED = Did this change anything for those who voted on it?
REPORT_COUNT = { $label }: { $n }
REPORT_NOBODY = Nobody has answered yet.
REPORT_HISTORY = Before: { $steps }
