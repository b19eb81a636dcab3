NEWSESSION_USAGE =
    Usage: /newsession <title> [--flow <flow id>] [--community <name>] [--languages en,es]
    For example: /newsession Elm Park redesign --flow park_redesign --community Elm Street neighbours
    /flows lists the flows.
NEWSESSION_PROBLEMS__unknown_option = I don't know the option { $option }: use --flow, --community or --languages.
NEWSESSION_PROBLEMS__languages = Write languages as codes with commas between them, e.g. --languages en,es.
LANGUAGES_NOT_IN_FLOW = The flow { $flow } is not in { $missing }. Its languages: { $languages }.
SESSION_LANGUAGES = Languages: { $languages } (each member reads their own; /language changes it).
FLOW_LANGUAGES = { "  " }Languages: { $languages }
AUDIT_ACTIONS__outcome =
    { $who } marked proposal #{ $proposal } { $state } ({ $members ->
        [one] { $members } member told
       *[other] { $members } members told
    })
AUDIT_ACTIONS__outcome_words = { $who } changed the words of proposal #{ $proposal }'s outcome
NEWSESSION_PROBLEMS__no_value = { $option } needs a value after it.
NEWSESSION_PROBLEMS__twice = { $option } is given twice.
NEWSESSION_PROBLEMS__flow_words = A flow id is one word (/flows lists them), not “{ $flow }”.
TITLE_TOO_LONG = That title is too long: please keep it under { $limit } characters.
COMMUNITY_TOO_LONG = That community name is too long: please keep it under { $limit } characters.
UNKNOWN_FLOW = There is no flow “{ $flow }”. Flows you can use: { $flows }.
SESSION_CREATED =
    Created “{ $title }” for the community “{ $community }” (flow: { $flow }) as a draft. It is yours: only you, the team you add with /team and the administrators see it.
    
    Join code: { $code }
    Link for members: { $link }
    
    Members can join once you send /open { $code }.
FLOWS_HEADER = Installed flows:
OWN_FLOWS_HEADER = Flows you sent me:
FLOW_LINE =
    • { $id } — { $title } ({ $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    })
FLOW_DESCRIPTION = { "  " }{ $description }
FLOWS_FOOTER = Use one with /newsession <title> --flow <id>. To add your own, send me its .yaml file (codesign flows new writes a starter to edit).
NO_SESSIONS = There are no sessions yet. Create one with /newsession <title>.
SESSIONS_HEADER = Sessions (newest first):
SESSION_LINE = • { $title } — code { $code }, { $status }, flow { $flow }: { $joined } joined, { $consented } consented, { $completed } completed; { $reprompts }
REPROMPT_STATS =
    { $sent ->
        [one] { $sent } reminder or follow-up
       *[other] { $sent } reminders and follow-ups
    } sent, { NUMBER($share, style: "percent") } answered within a day
NO_REPROMPTS = no reminders sent yet
PICK_ASK = Which session for { $command }?
PICK_NONE = You have no session { $command } works on now. /sessions lists yours.
PICKED = { $command } for “{ $title }” ({ $code })
THERE = there
HELLO_ORGANISER = Hello { $name }! You run co-design sessions here as an organiser.
HELLO_COORDINATOR = Hello { $name }! You read co-design sessions here as a coordinator.
HELLO_SESSIONS = Your newest sessions:
HELLO_SESSION_LINE = • { $title } ({ $code }), { $status }, { $joined } joined
HELLO_MORE = …and more: /sessions lists them all.
HELLO_NO_SESSIONS = You have no session yet.
STATUS_WORDS__draft = draft, not open yet
STATUS_WORDS__open = open
STATUS_WORDS__closed = closed
HELLO_NEXT = Start one with /newsession <title>, open it with /open <code> and share its link; /sessions shows each session's numbers, /help every command. To try a session as a member would, open its link.
HELLO_NEXT_READER = /stats <code> shows a session's numbers, /answers <code> what members answered, /export <code> a file of it; /help lists every command.
A_PROPOSAL = a proposal
A_POLL = a poll
WHICH_NUMBER = Several of your sessions have { $what } #{ $id }. Send it again with the session's code:
WHICH_NUMBER_LINE =
    • { $title } ({ $code }): “{ $text }”
    { "  " }{ $command } { $code } { $id }{ $rest }
CODE_USAGE = Usage: { $command } <session code>
NO_SUCH_SESSION = There is no session with the code “{ $code }”. /sessions lists them.
NOT_YOUR_SESSION = There is no session “{ $code }” among yours. /sessions lists the sessions you run.
NO_SESSION_HERE = There is no session “{ $code }”. `codesign sessions` lists every session and its code.
OPENED = “{ $title }” is open. Members can join with { $link }
ALREADY_OPEN = “{ $title }” is already open.
CLOSED = “{ $title }” is closed. Members can no longer answer; their answers are kept.
ALREADY_CLOSED = “{ $title }” is already closed.
GRANT_USAGE = Usage: /grant <telegram user id> organiser|coordinator
GRANTED = User { $user_id } now has the { $role } role.
ALREADY_GRANTED = User { $user_id } already has the { $role } role.
BROADCAST_USAGE = Usage: /broadcast <session code> <message to every member>
BROADCAST_LONG = That message is too long: please keep it to { $limit } characters at most.
BROADCAST_CAPPED = “{ $title }” has sent { $cap } broadcasts in 24 hours, as many as its flow's daily cap lets every member get; the next may go from { $at }.
BROADCAST_MESSAGE =
    📣 From the organisers of “{ $title }”:
    
    { $text }
BROADCAST_QUEUED =
    Sending to { $n ->
        [one] { $n } member
       *[other] { $n } members
    } of “{ $title }”. At Telegram's pace that takes about { $duration } (done by { $done }). Members who paused or blocked the bot are left out.
BROADCAST_WHAT = What should the members of “{ $title }” get? Send /broadcast { $code } followed by the message.
BROADCAST_PREVIEW =
    This is what { $n ->
        [one] { $n } member
       *[other] { $n } members
    } of “{ $title }” will get. At Telegram's pace sending takes about { $duration } (done by { $done }). Members who paused or blocked the bot are left out.
BROADCAST_SEND = Send to { $n }
BROADCAST_CANCEL = Cancel
BROADCAST_CANCELLED = Cancelled: the message was not sent.
NOBODY_REACHABLE = Nobody in “{ $title }” can be messaged now (members who paused, declined or blocked the bot are left out), so nothing was sent.
NOT_OPEN = “{ $title }” is { $status }: only open sessions can be messaged.
NUDGE_USAGE = Usage: /nudge <session code> to remind those who have not finished the questions, /nudge <session code> <poll number> to remind those who have not voted in that poll, or /nudge <session code> votes to remind those who finished of proposals they have not voted on.
NUDGED_VOTES =
    Reminding { $n ->
        [one] { $n } member
       *[other] { $n } members
    } of “{ $title }” who finished of the proposals they have not voted on.
NUDGE_VOTES_NOBODY = Everyone in “{ $title }” who finished and can be messaged has voted on every proposal.
NUDGED =
    Reminding { $n ->
        [one] { $n } member
       *[other] { $n } members
    } of “{ $title }” who have not finished the questions.
NUDGED_POLL =
    Reminding { $n ->
        [one] { $n } member who has
       *[other] { $n } members who have
    } not voted in poll #{ $id }.
NUDGED_POLL_ANONYMOUS =
    Reminding { $n ->
        [one] the { $n } member
       *[other] the { $n } members
    } who got anonymous poll #{ $id }. Who has voted stays secret, so those who voted get the reminder too.
NUDGE_LATER =
    { " " }{ $n ->
        [one] { $n } of them is in their quiet hours or had enough reminders today: theirs goes later.
       *[other] { $n } of them are in their quiet hours or had enough reminders today: theirs goes later.
    }
NUDGE_NOBODY = Everyone in “{ $title }” who can be messaged has finished the questions.
NUDGE_POLL_NOBODY = Everyone who got poll #{ $id } and can be messaged has voted.
RECEIVED_HEAD = Already sent to them:
RECEIVED_AT = • { $who }, at “{ $step }”: { $what }
RECEIVED = • { $who }: { $what }
RECEIVED_SOME =
    { $n ->
        [one] { $n } reminder
       *[other] { $n } reminders
    }, the last { $when }
RECEIVED_NONE = no reminder yet
RECEIVED_MORE = …and { $n } more.
POLL_REMINDER =
    A reminder from “{ $title }”: you have not voted yet.
    
    { $poll }
POLL_REMINDER_ANONYMOUS =
    A reminder from “{ $title }”: if you have not voted yet, there is still time (if you have, your vote counts and nothing more is needed).
    
    { $poll }
AUDIT_HEADER = What happened to “{ $title }” (newest first):
AUDIT_USAGE = Usage: /audit <session code> [page]
AUDIT_LINE = • { $when } — { $what }
SERVER = the bot or its server
USER = User { $id }
TEAM_USAGE = Usage: /team <code> to see a session's team, /team <code> add <telegram user id> organiser|coordinator, /team <code> remove <telegram user id>, /team <code> invite organiser|coordinator for a link that adds whoever opens it, or /team <code> names on|off (may its coordinators export members' names)
TEAM_NAMES_ON = Names: coordinators may export them (/team <code> names off to stop it).
TEAM_NAMES_OFF = Names: only organisers may export them (/team <code> names on lets coordinators).
NAMES_ON = The coordinators of “{ $title }” may now export members' names (/export <code> --names).
NAMES_OFF = Only the organisers of “{ $title }” may now export members' names.
A_ROLE__organiser = an organiser
A_ROLE__coordinator = a coordinator
TEAM_HEADER = The team of “{ $title }”:
TEAM_OWNER = • { $who } — owner
TEAM_LINE = • { $who } — { $role }
TEAM_ADDED = { $who } is now { $role } of “{ $title }”.
TEAM_ALREADY = { $who } is already { $role } of “{ $title }”.
TEAM_REMOVED = { $who } is no longer on the team of “{ $title }”.
TEAM_NOT_ON = { $who } is not on the team of “{ $title }”.
TEAM_OWNER_STAYS = The owner of “{ $title }” stays on its team.
TEAM_OWNER_ONLY = Only the owner of “{ $title }” (or an administrator) adds or removes organisers.
TEAM_YOU_ADDED = { $by } made you { $role } of “{ $title }”. { $can }
TEAM_YOU_REMOVED = { $by } took you off the team of “{ $title }”: you no longer see or run it. Anything you answered as a member stays yours.
TEAM_CAN = You can now use { $commands } for it (its code: { $code }); /help says how.
TEAM_INVITE =
    Send this link to the person you want as { $role } of “{ $title }”. It works once, for whoever opens it first, for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }:
    { $link }
TEAM_YOU_JOINED = You are now { $role } of “{ $title }”. { $can }
TEAM_LINK_OPENED = { $who } opened your link and is now { $role } of “{ $title }”.
TEAM_LINK_ALREADY = You are already { $role } of “{ $title }”; the link is still unused.
TEAM_LINK_USED = This team link was already used. Ask whoever sent it for a new one.
TEAM_LINK_EXPIRED = This team link has expired. Ask whoever sent it for a new one.
REVOKE_USAGE = Usage: /revoke <telegram user id> organiser|coordinator
REVOKED = User { $user_id } no longer has the { $role } role.
REVOKED_TEAMS =
    { " " }They are off the team of { $n ->
        [one] { $n } session
       *[other] { $n } sessions
    } too.
NOT_GRANTED = User { $user_id } does not have the { $role } role.
CLOSE_ASK = Close “{ $title }”? Members will no longer be able to answer; everything they said is kept.
CLOSE_POLL_OPEN = Poll #{ $id } (“{ $question }”) is still open: it closes with the session.
CLOSED_POLL = Poll #{ $id } closed with it; its result is on its way to you and its members.
CLOSE_YES = Close it
CLOSE_NO = Keep it open
CLOSE_KEPT = “{ $title }” stays open.
REOPENED = “{ $title }” is open again. Members can carry on where they were: { $link }
CANNOT_REOPEN_NOW = “{ $title }” was closed on { $date } and { $what } since, so it stays closed. Start a new session with /newsession.
FLOW_FILE_FAILED =
    Your flow file { $file } did not load when the bot started, so new sessions cannot use “{ $flow }”; sessions already running keep the flow they opened with.
    
    { $problems }
    
    Fix it (codesign flows check { $file } lists every problem) and restart the bot.
MORE_PROBLEMS = … and { $n } more.
FLOW_UPLOAD_UNREADABLE = I read flow files only as UTF-8 text of at most { $kb } kB ending in .yaml. Nothing changed.
FLOW_UPLOAD_ERRORS =
    { $errors ->
        [one] { $errors } error{ $warned } in { $file }: fix it and send the file again.
       *[other] { $errors } errors{ $warned } in { $file }: fix them and send the file again.
    } Nothing changed.
FLOW_UPLOAD_OK = { $file }: flow file OK{ $warned }.
FLOW_UPLOAD_WARNED =
    , { $n ->
        [one] { $n } warning
       *[other] { $n } warnings
    }
FLOW_UPLOAD_TAKEN = “{ $flow }” is the id of an installed flow: name your file otherwise (or set its id:), and send it again. Nothing changed.
FLOW_UPLOAD_STORED =
    { $new } “{ $title }” ({ $flow }, { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }) for your sessions: use it for a new session with /newsession <title> --flow { $flow }. Sessions already open keep the text they opened with.
FLOW_UPLOAD_NEW = Stored
FLOW_UPLOAD_REPLACED = Replaced your flow
FLOW_REHEARSAL = A rehearsal: its first questions as members will see them (placeholders shown as [session], [community], [organiser]; codesign flows try { $file } runs it all):
# a session's status
STATUS__draft = draft
# a session's status
STATUS__open = open
# a session's status
STATUS__closed = closed
SECONDS =
    { $n ->
        [one] { $n } second
       *[other] { $n } seconds
    }
MINUTES =
    { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
HOURS = { NUMBER($n, minimumFractionDigits: 1, maximumFractionDigits: 1) } hours
AUDIT_ACTIONS__created = { $who } created it
AUDIT_ACTIONS__opened = { $who } opened it
AUDIT_ACTIONS__closed = { $who } closed it
AUDIT_ACTIONS__reopened = { $who } opened it again
AUDIT_ACTIONS__polled = { $who } launched poll #{ $poll }
AUDIT_ACTIONS__poll_closed = { $who } closed poll #{ $poll }
AUDIT_ACTIONS__poll_due = { $who } closed poll #{ $poll } at its closing time
AUDIT_ACTIONS__broadcast =
    { $who } sent a message to { $members ->
        [one] { $members } member
       *[other] { $members } members
    }: “{ $text }”
AUDIT_ACTIONS__nudged =
    { $who } reminded { $members ->
        [one] { $members } member
       *[other] { $members } members
    }
AUDIT_ACTIONS__nudged_votes =
    { $who } reminded { $members ->
        [one] { $members } member
       *[other] { $members } members
    } about proposals
AUDIT_ACTIONS__nudged_poll =
    { $who } reminded { $members ->
        [one] { $members } member
       *[other] { $members } members
    } about poll #{ $poll }
AUDIT_ACTIONS__hid = { $who } hid proposal #{ $proposal } ({ $reason })
AUDIT_ACTIONS__unhid = { $who } showed proposal #{ $proposal } again
AUDIT_ACTIONS__linked_group = { $who } linked a group chat
AUDIT_ACTIONS__team_added = { $who } added user { $user } to the team as { $role }
AUDIT_ACTIONS__team_removed = { $who } took user { $user } off the team ({ $role })
AUDIT_ACTIONS__team_invited = { $who } made a link to join the team as { $role }
AUDIT_ACTIONS__team_joined = { $who } joined the team as { $role } by a link
AUDIT_ACTIONS__exported = { $who } exported it ({ $format })
AUDIT_ACTIONS__exported_names = { $who } exported it ({ $format }, with names)
AUDIT_ACTIONS__names_on = { $who } let coordinators export members' names
AUDIT_ACTIONS__names_off = { $who } stopped coordinators exporting members' names
AUDIT_ACTIONS__read = { $who } read { $what }
AUDIT_ACTIONS__read_proposals = { $who } read its proposals
AUDIT_ACTIONS__read_feedback = { $who } read its feedback
AUDIT_ACTIONS__read_answers = { $who } read the answers to { $step }
AUDIT_ACTIONS__read_stats = { $who } read its numbers
AUDIT_ACTIONS__read_results = { $who } read the results of poll #{ $poll }
AUDIT_ACTIONS__read_themes = { $who } read the themes of its answers
AUDIT_ACTIONS__read_themes_step = { $who } read the themes of the answers to { $step }
AUDIT_ACTIONS__read_report = { $who } read the report
AUDIT_ACTIONS__read_report_moderated = { $who } read the report with moderated proposals
AUDIT_ACTIONS__translated = { $who } translated proposal #{ $proposal } into { $language }
AUDIT_ACTIONS__granted = { $who } gave user { $user } the { $role } role
AUDIT_ACTIONS__revoked = { $who } took the { $role } role from user { $user }
AUDIT_OTHER = { $who }: { $what }
# {date} in CANNOT_REOPEN_NOW, when the closing time is not known
EARLIER = earlier
LINK_TAGS = To see where members come from, give each place its own link: add a dash and a word of letters, such as { $link }-flyer or { $link }-market.
SEED_USAGE = Usage: /seed <code> proposal <number> <champions> or /seed <code> poll <number> <champions>. Name the champions by @username or pseudonym (m-…), or write top <N> for the N members who brought the most neighbours who took part.
SEED_NOT_OPEN = “{ $title }” is not open: its members can be asked to share once it is.
SEED_POLL_CLOSED = Poll #{ $id } is closed: there is nothing left to share.
SEED_NOBODY_BROUGHT = Nobody has brought anyone into “{ $title }” yet: name the champions instead (@username or pseudonym).
SEED_TOO_MANY = At most { $most } champions at a time.
SEED_UNKNOWN = Not among the members who agreed to take part: { $names }. Nothing was sent.
SEED_WHAT__proposal = proposal #{ $id }
SEED_WHAT__poll = poll #{ $id }
SEEDED =
    Seeded { $what } through { $n ->
        [one] 1 champion
       *[other] { $n } champions
    }: { $champions }. Each gets a short request with a link of their own and a button to share it, once they may be messaged (not while paused, never in their quiet hours). Whoever joins through it sees it first.
AUDIT_ACTIONS__seeded =
    { $who } asked { $champions ->
        [one] 1 champion
       *[other] { $champions } champions
    } to share { $what ->
        [poll] poll
       *[proposal] proposal
    } #{ $number }
