POLL_HEADER = 📊 Poll #{ $id } from “{ $title }”
POLL_SINGLE = Choose one option; you can change your choice until the poll closes.
POLL_MULTI = Choose any options; tap again to unselect. You can change until the poll closes.
POLL_ANONYMOUS = This poll is anonymous: nobody sees who chose what.
POLL_COUNTS_LATER = The counts are shown when it closes.
POLL_VISIBLE = The organisers see who chose what.
RESULTS_HIDDEN =
    Poll #{ $id } (open, anonymous): { $question }
    Its counts are shown when it closes, so that nobody can tell who chose what from when the numbers move (ask with --live to see them as they come).
POLL_CLOSES = Closes { $when }.
POLL_USAGE =
    Usage: /poll <code> <question> | <option> | <option> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    Or send /poll alone for a step-by-step form.
POLL_ERRORS__usage =
    Usage: /poll <code> <question> | <option> | <option> [| ...] [--multi] [--anonymous [--live]] [--closes 2h | --closes friday 18:00]
    Or send /poll alone for a step-by-step form.
POLL_ERRORS__question_empty = The question is empty.
POLL_ERRORS__question_long = The question is too long: at most { $limit } characters.
POLL_ERRORS__option_empty = One of the options is empty.
POLL_ERRORS__option_long = An option is too long: at most { $limit } characters each.
POLL_ERRORS__option_duplicate = Two options are the same.
POLL_ERRORS__option_count = A poll needs between { $low } and { $high } options.
POLL_ERRORS__closes_missing = --closes needs a time, like --closes 2h or --closes friday 18:00.
POLL_ERRORS__to_missing = --to needs the name of one of the session's segments, like --to night_walkers (/segments <code> lists them).
POLL_ERRORS__to_bad = Tap one of the segments, or Everyone (or type a segment's name).
POLL_ERRORS__closes_bad = I can't read the closing time “{ $given }”. Write a duration (2h, 3d), a day and a time (tomorrow 18:00, friday 9:30, 12 May 18:00) or a time (18:00).
POLL_ERRORS__closes_range = The closing time must be between 1 minute and 60 days from now.
POLL_ERRORS__closes_past = That closing time has already passed: please choose a later one.
POLL_ERRORS__yes_no = Please answer yes or no (or tap a button above).
POLL_ERRORS__confirm = Tap Send (or type “send”) to launch the poll, or /cancel.
POLL_NOT_OPEN_SESSION = Polls go to open sessions only: “{ $title }” is { $status }.
POLL_CREATED =
    Poll #{ $id } is on its way to { $members ->
        [one] { $members } member
       *[other] { $members } members
    }{ $group }. See results with /results { $code } { $id }; close it with /closepoll { $code } { $id }.
POLL_GROUP = { " " }and the group chat
POLL_CREATED_TO =
    Poll #{ $id } is on its way to { $members ->
        [one] { $members } member
       *[other] { $members } members
    } of segment { $name } (not to the group chat). See results with /results { $code } { $id }; close it with /closepoll { $code } { $id }.
POLL_CREATED_FOR_NOBODY = Poll #{ $id } is made, and sent to nobody. See results with /results { $code } { $id }; close it with /closepoll { $code } { $id }.
FORM_PROMPTS__code = Let's make a poll. Which session is it for? Tap it, or send its code (/sessions lists them). Send /cancel at any time to stop.
FORM_PROMPTS__question = What is the question?
FORM_PROMPTS__options = Send the options (2 to 10): one a message, or several in one message, one a line. Send /done after the last one.
FORM_PROMPTS__multi = Can members choose more than one option?
FORM_PROMPTS__anonymous = Should the poll be anonymous, so nobody sees who chose what?
FORM_PROMPTS__closes = When should it close? Tap one, or write a duration (2h, 3d), a day and a time (tomorrow 18:00, friday 9:30) or a time (18:00), in your time zone, { $zone } (/timezone changes it).
FORM_PROMPTS__to = Who should get it? Everyone who can be messaged, or only the members of one of the session's segments:
FORM_PROMPTS__confirm =
    Ready:
    
    { $summary }
    
    Send it?
FORM_BUTTONS__options__done = That's all
FORM_BUTTONS__multi__yes = Yes
FORM_BUTTONS__multi__no = No
FORM_BUTTONS__anonymous__yes = Yes
FORM_BUTTONS__anonymous__no = No
FORM_BUTTONS__closes__1h = In 1 hour
FORM_BUTTONS__closes__tomorrow = Tomorrow 18:00
FORM_BUTTONS__closes__3d = In 3 days
FORM_BUTTONS__closes__7d = In a week
FORM_BUTTONS__closes__never = I'll close it
FORM_BUTTONS__to__everyone = Everyone
FORM_BUTTONS__confirm__send = Send
FORM_BUTTONS__confirm__cancel = Cancel
FORM_BUTTONS__nobody__create = Make it anyway
FORM_BUTTONS__nobody__cancel = Cancel
FORM_CHOSEN =
    { $question }
    
    ✅ { $answer }
FORM_SUMMARY_HEAD =
    Session: { $title } ({ $code })
    Question: { $question }
FORM_SUMMARY_TAIL =
    Multiple choice: { $multi }
    Anonymous: { $anonymous }
    Closes: { $closes }
FORM_CLOSES_AT = { $when } ({ $zone })
FORM_TO_EVERYONE = To: everyone who can be messaged now ({ $n })
FORM_TO_SEGMENT = To: segment { $name } ({ $n } of its members can be messaged now)
FORM_SEGMENT_BUTTON = { $name } ({ $n })
FORM_BY_HAND = when you close it (/closepoll)
YES = yes
NO = no
FORM_OPTION_ADDED = Option { $n } added. Send the next one, or /done.
POLL_NOBODY = Nobody in “{ $title }” can get this poll now: { $why }. A poll goes out when it is made, so nobody would get it, now or later. Make it anyway?
NOBODY_JOINED = nobody has joined yet
NOBODY_AGREED = { $joined } joined, { $agreed } agreed to take part
NOBODY_OF_THOSE = ; of those, { $reasons }
NOBODY_REASONS__paused = { $n } paused
NOBODY_REASONS__opted_out = { $n } opted out
NOBODY_REASONS__blocked = { $n } blocked the bot
FORM_CANCELLED = Poll cancelled; nothing was sent.
POLL_USAGE_ID = Usage: { $command } [session code] <poll number>
NO_SUCH_POLL = There is no poll #{ $id }.
POLL_ALREADY_CLOSED = Poll #{ $id } is already closed.
POLL_CLOSED_BUTTON = This poll has closed.
POLL_CLOSED_ON = This poll closed on { $when }. { $results }
POLL_CLOSED_COPY =
    📊 Poll #{ $id } from “{ $title }” closed on { $when }.
    
    { $question }
    { $results }
POLL_CLOSED_REMINDER = 📊 Poll #{ $id } from “{ $title }” closed on { $when }: its result is on the poll itself.
ORGANISER_RESULTS =
    📊 Your poll in “{ $title }”:
    
    { $results }
RESULTS_TIE =
    A tie: { $options }, { $n ->
        [one] { $n } vote
       *[other] { $n } votes
    } each.
RESULT_LINE = • { $option }: { $n } ({ NUMBER($share, style: "percent") })
POLL_NOT_MEMBER = Only members who joined through the session's link can vote. Join: { $link }
BALLOT_SAVED = Your vote: { $choice }
BALLOT_CLEARED = No option chosen now.
RESULTS_SO_FAR =
    Poll #{ $id } (open): { $question }
    { $voters ->
        [one] { $voters } voter
       *[other] { $voters } voters
    } so far.
RESULTS_FINAL =
    Poll #{ $id } has closed: { $question }
    { $voters ->
        [one] { $voters } voter
       *[other] { $voters } voters
    }.
LINKGROUP_USAGE = Usage: /linkgroup <session code>, sent in the community's group chat.
LINKGROUP_TAKEN = This group is linked to a session another team runs; one of its organisers can link it elsewhere.
LINKGROUP_PRIVATE = Send /linkgroup <code> in the group chat you want to link, not here.
LINKED = This group is now linked to “{ $title }”. Polls of this session will be posted here too.
