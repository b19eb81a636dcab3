# needs translation
STATE_NAMES__adopted = adopted
# needs translation
STATE_NAMES__declined = declined
# needs translation
STATE_NAMES__in_progress = in progress
# needs translation
STATE_NAMES__done = done
# needs translation
STATE_MARKS__adopted = 👍
# needs translation
STATE_MARKS__declined = ✖️
# needs translation
STATE_MARKS__in_progress = 🛠
# needs translation
STATE_MARKS__done = ✅
# needs translation
USAGE =
    Usage: { $command } [session code] <proposal number> adopted|declined|in_progress|done [why, in a few words]
    For example: { $command } 3 done The lights went up on 2 June.
    With done, --ask-after 7d sets when those who voted are asked whether it changed anything for them.
# needs translation
NO_STATE = What became of proposal #{ $id }? Write one of adopted, declined, in_progress or done after its number, then why in a few words: { $command } { $code } { $id } done The lights went up.
# needs translation
BAD_STATE = I don't know that outcome. Write one of adopted, declined, in_progress or done after the proposal's number, e.g. { $command } { $code } { $id } adopted
# needs translation
TOO_LONG = Those words are too long: please keep them to { $limit } characters.
# needs translation
ASK_AFTER_BAD = --ask-after takes a wait like 7d, 48h or 30d (at most 365d), e.g. { $command } { $code } { $id } done --ask-after 7d The lights went up.
# needs translation
ASK_AFTER_NOT_DONE = --ask-after goes with done only: members are asked whether a proposal changed anything once it is done.
# needs translation
HIDDEN = Proposal #{ $id } is hidden from members, so there is no outcome to tell them. /unhide { $code } { $id } first if it should be seen.
# needs translation
WITHDRAWN = Proposal #{ $id } was withdrawn by its author (they erased their data), so there is no outcome to record.
# needs translation
ALREADY = Proposal #{ $id } is already marked { $state } (since { $since }); nothing changed and nobody is told twice.
# needs translation
REWORDED = Proposal #{ $id } was already marked { $state } (since { $since }): its words are now yours, for the report and exports. Those told already are not told again.
# needs translation
SAVED = Proposal #{ $id } is now marked { $mark } { $state }.
# needs translation
SAVED_WORDS = Members read your words with it: “{ $words }”
# needs translation
SAVED_WORDS_KEPT = Your words are kept with it for the report and exports: “{ $words }”
# needs translation
TELLING = I'm telling the { $n } member(s) who proposed or voted on it, paced, within the daily limit and outside their quiet hours.
# needs translation
TELLING_NOBODY = Nobody who proposed or voted on it can be messaged now, so nobody is told.
# needs translation
TOLD_BEFORE = { $n } member(s) who heard it was { $state } before are not told again.
# needs translation
AWAY = { $n } more cannot be messaged (paused, left or blocked the bot).
# needs translation
WILL_ASK = In { $wait } I'll ask them whether it changed anything for them; the answers come with the outcome in /stats, the report and the exports.
# needs translation
ADD_WHY = Tip: next time, add a few words on why after the state: members read them with the news, and they tell more than the state alone. Words added now ({ $command } { $code } { $id } { $state } <why>) go in the report and exports.
# needs translation
TOLD_HEAD = You said, we did — “{ $title }”
# needs translation
TOLD_YOURS = Your proposal #{ $id }: “{ $text }”
# needs translation
TOLD_VOTED = Proposal #{ $id }, which you voted on: “{ $text }”
# needs translation
TOLD_STATES__adopted = 👍 The organisers have adopted it.
# needs translation
TOLD_STATES__declined = ✖️ The organisers decided not to take it forward.
# needs translation
TOLD_STATES__in_progress = 🛠 Work on it has started.
# needs translation
TOLD_STATES__done = ✅ It has been done.
# needs translation
TOLD_WHY = In their words: “{ $words }”
# needs translation
TOLD_THANKS = Thank you for taking part.
# needs translation
QUESTION =
    “{ $title }”: proposal #{ $id }, “{ $text }”, was done on { $date }.
    
    Did this change anything for you?
# needs translation
IMPACT_LABELS__a_lot = Yes, a lot
# needs translation
IMPACT_LABELS__a_little = A little
# needs translation
IMPACT_LABELS__not_really = Not really
# needs translation
ANSWERED = You said: { $label }. Thank you!
# needs translation
WORDS_PLEASE = If you like, tell me in a few words what changed (or what didn't): the next message you type is kept with your answer. No need to, though.
# needs translation
ALREADY_ANSWERED = You answered this already. Thank you!
# needs translation
WORDS_KEPT = Thank you — your words are kept with your answer.
# needs translation
WORDS_DECLINED = Alright, your answer stands as it is. Thank you!
# needs translation
WORDS_TOO_LONG = That is a little long: please keep it to { $limit } characters.
# needs translation
CARD_LINE = { $mark } Outcome: { $state }
# needs translation
CARD_WHY = “{ $words }”
# needs translation
STATS_HEAD = What became of proposals:
# needs translation
STATS_LINE = • #{ $id } { $text }: { $state } ({ $date }){ $answers }
# needs translation
STATS_ANSWERS = ; changed anything? { $counts } ({ $n } answered)
# needs translation
REPORT_SECTION = You said, we did
# needs translation
REPORT_COLUMNS__0 = #
# needs translation
REPORT_COLUMNS__1 = proposal
# needs translation
REPORT_COLUMNS__2 = outcome
# needs translation
REPORT_COLUMNS__3 = in their words
# needs translation
REPORT_COLUMNS__4 = since
# needs translation
REPORT_ASKED = Did this change anything for those who voted on it?
# needs translation
REPORT_COUNT = { $label }: { $n }
# needs translation
REPORT_NOBODY = Nobody has answered yet.
# needs translation
REPORT_HISTORY = Before: { $steps }
