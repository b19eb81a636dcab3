# needs translation
POLL_HEADER = 📊 Poll #{ $id } from “{ $title }”
# needs translation
POLL_SINGLE = Choose one option; you can change your choice until the poll closes.
# needs translation
POLL_MULTI = Choose any options; tap again to unselect. You can change until the poll closes.
# needs translation
POLL_ANONYMOUS = This poll is anonymous: nobody sees who chose what.
# needs translation
POLL_COUNTS_LATER = The counts are shown when it closes.
# needs translation
POLL_VISIBLE = The organisers see who chose what.
# needs translation
RESULTS_HIDDEN =
    Poll #{ $id } (open, anonymous): { $question }
    Its counts are shown when it closes, so that nobody can tell who chose what from when the numbers move (ask with --live to see them as they come).
# needs translation
POLL_CLOSES = Closes { $when }.
# needs translation
POLL_USAGE =
    Usage: /poll <code> <question> | <option> | <option> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    Or send /poll alone for a step-by-step form.
# needs translation
POLL_ERRORS__usage =
    Usage: /poll <code> <question> | <option> | <option> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    Or send /poll alone for a step-by-step form.
# needs translation
POLL_ERRORS__question_empty = The question is empty.
# needs translation
POLL_ERRORS__question_long = The question is too long: at most { $limit } characters.
# needs translation
POLL_ERRORS__option_empty = One of the options is empty.
# needs translation
POLL_ERRORS__option_long = An option is too long: at most { $limit } characters each.
# needs translation
POLL_ERRORS__option_duplicate = Two options are the same.
# needs translation
POLL_ERRORS__option_count = A poll needs between { $low } and { $high } options.
# needs translation
POLL_ERRORS__closes_missing = --closes needs a time, like --closes 2h or --closes friday 18:00.
# needs translation
POLL_ERRORS__closes_bad = I can't read the closing time “{ $given }”. Write a duration (2h, 3d), a day and a time (tomorrow 18:00, friday 9:30, 12 May 18:00) or a time (18:00).
# needs translation
POLL_ERRORS__closes_range = The closing time must be between 1 minute and 60 days from now.
# needs translation
POLL_ERRORS__closes_past = That closing time has already passed: please choose a later one.
# needs translation
POLL_ERRORS__yes_no = Please answer yes or no (or tap a button above).
# needs translation
POLL_ERRORS__confirm = Tap Send (or type “send”) to launch the poll, or /cancel.
# needs translation
POLL_NOT_OPEN_SESSION = Polls go to open sessions only: “{ $title }” is { $status }.
# needs translation
POLL_CREATED = Poll #{ $id } is on its way to { $members } member(s){ $group }. See results with /results { $code } { $id }; close it with /closepoll { $code } { $id }.
# needs translation
POLL_GROUP = { " " }and the group chat
# needs translation
POLL_CREATED_FOR_NOBODY = Poll #{ $id } is made, and sent to nobody. See results with /results { $code } { $id }; close it with /closepoll { $code } { $id }.
# needs translation
FORM_PROMPTS__code = Let's make a poll. Which session is it for? Tap it, or send its code (/sessions lists them). Send /cancel at any time to stop.
# needs translation
FORM_PROMPTS__question = What is the question?
# needs translation
FORM_PROMPTS__options = Send the options (2 to 10): one a message, or several in one message, one a line. Send /done after the last one.
# needs translation
FORM_PROMPTS__multi = Can members choose more than one option?
# needs translation
FORM_PROMPTS__anonymous = Should the poll be anonymous, so nobody sees who chose what?
# needs translation
FORM_PROMPTS__closes = When should it close? Tap one, or write a duration (2h, 3d), a day and a time (tomorrow 18:00, friday 9:30) or a time (18:00), in your time zone, { $zone } (/timezone changes it).
# needs translation
FORM_PROMPTS__confirm =
    Ready:
    
    { $summary }
    
    Send it?
# needs translation
FORM_BUTTONS__options__done = That's all
# needs translation
FORM_BUTTONS__multi__yes = Yes
# needs translation
FORM_BUTTONS__multi__no = No
# needs translation
FORM_BUTTONS__anonymous__yes = Yes
# needs translation
FORM_BUTTONS__anonymous__no = No
# needs translation
FORM_BUTTONS__closes__1h = In 1 hour
# needs translation
FORM_BUTTONS__closes__tomorrow = Tomorrow 18:00
# needs translation
FORM_BUTTONS__closes__3d = In 3 days
# needs translation
FORM_BUTTONS__closes__7d = In a week
# needs translation
FORM_BUTTONS__closes__never = I'll close it
# needs translation
FORM_BUTTONS__confirm__send = Send
# needs translation
FORM_BUTTONS__confirm__cancel = Cancel
# needs translation
FORM_BUTTONS__nobody__create = Make it anyway
# needs translation
FORM_BUTTONS__nobody__cancel = Cancel
# needs translation
FORM_CHOSEN =
    { $question }
    
    ✅ { $answer }
# needs translation
FORM_SUMMARY_HEAD =
    Session: { $title } ({ $code })
    Question: { $question }
# needs translation
FORM_SUMMARY_TAIL =
    Multiple choice: { $multi }
    Anonymous: { $anonymous }
    Closes: { $closes }
# needs translation
FORM_CLOSES_AT = { $when } ({ $zone })
# needs translation
FORM_BY_HAND = when you close it (/closepoll)
# needs translation
YES = yes
# needs translation
NO = no
# needs translation
FORM_OPTION_ADDED = Option { $n } added. Send the next one, or /done.
# needs translation
POLL_NOBODY = Nobody in “{ $title }” can get this poll now: { $why }. A poll goes out when it is made, so nobody would get it, now or later. Make it anyway?
# needs translation
NOBODY_JOINED = nobody has joined yet
# needs translation
NOBODY_AGREED = { $joined } joined, { $agreed } agreed to take part
# needs translation
NOBODY_OF_THOSE = ; of those, { $reasons }
# needs translation
NOBODY_REASONS__paused = { $n } paused
# needs translation
NOBODY_REASONS__opted_out = { $n } opted out
# needs translation
NOBODY_REASONS__blocked = { $n } blocked the bot
# needs translation
FORM_CANCELLED = Poll cancelled; nothing was sent.
# needs translation
POLL_USAGE_ID = Usage: { $command } [session code] <poll number>
# needs translation
NO_SUCH_POLL = There is no poll #{ $id }.
# needs translation
POLL_ALREADY_CLOSED = Poll #{ $id } is already closed.
# needs translation
POLL_CLOSED_BUTTON = This poll has closed.
# needs translation
POLL_CLOSED_ON = This poll closed on { $when }. { $results }
# needs translation
POLL_CLOSED_COPY =
    📊 Poll #{ $id } from “{ $title }” closed on { $when }.
    
    { $question }
    { $results }
# needs translation
POLL_CLOSED_REMINDER = 📊 Poll #{ $id } from “{ $title }” closed on { $when }: its result is on the poll itself.
# needs translation
ORGANISER_RESULTS =
    📊 Your poll in “{ $title }”:
    
    { $results }
# needs translation
RESULTS_TIE = A tie: { $options }, { $n } { $votes } each.
# needs translation
RESULT_LINE = • { $option }: { $n } ({ NUMBER($share, style: "percent") })
# needs translation
POLL_NOT_MEMBER = Only members who joined through the session's link can vote. Join: { $link }
# needs translation
BALLOT_SAVED = Your vote: { $choice }
# needs translation
BALLOT_CLEARED = No option chosen now.
# needs translation
RESULTS_SO_FAR =
    Poll #{ $id } (open): { $question }
    { $voters } voter(s) so far.
# needs translation
RESULTS_FINAL =
    Poll #{ $id } has closed: { $question }
    { $voters } voter(s).
# needs translation
LINKGROUP_USAGE = Usage: /linkgroup <session code>, sent in the community's group chat.
# needs translation
LINKGROUP_TAKEN = This group is linked to a session another team runs; one of its organisers can link it elsewhere.
# needs translation
LINKGROUP_PRIVATE = Send /linkgroup <code> in the group chat you want to link, not here.
# needs translation
LINKED = This group is now linked to “{ $title }”. Polls of this session will be posted here too.
