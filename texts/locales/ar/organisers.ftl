# needs translation
NEWSESSION_USAGE =
    Usage: /newsession <title> [--flow <flow id>] [--community <name>]
    For example: /newsession Elm Park redesign --flow park_redesign --community Elm Street neighbours
    /flows lists the flows.
# needs translation
NEWSESSION_PROBLEMS__unknown_option = I don't know the option { $option }: use --flow or --community.
# needs translation
NEWSESSION_PROBLEMS__no_value = { $option } needs a value after it.
# needs translation
NEWSESSION_PROBLEMS__twice = { $option } is given twice.
# needs translation
NEWSESSION_PROBLEMS__flow_words = A flow id is one word (/flows lists them), not “{ $flow }”.
# needs translation
TITLE_TOO_LONG = That title is too long: please keep it under { $limit } characters.
# needs translation
COMMUNITY_TOO_LONG = That community name is too long: please keep it under { $limit } characters.
# needs translation
UNKNOWN_FLOW = There is no flow “{ $flow }”. Flows you can use: { $flows }.
# needs translation
SESSION_CREATED =
    Created “{ $title }” for the community “{ $community }” (flow: { $flow }) as a draft. It is yours: only you, the team you add with /team and the administrators see it.
    
    Join code: { $code }
    Link for members: { $link }
    
    Members can join once you send /open { $code }.
# needs translation
FLOWS_HEADER = Installed flows:
# needs translation
OWN_FLOWS_HEADER = Flows you sent me:
# needs translation
FLOW_LINE = • { $id } — { $title } ({ $steps } steps)
# needs translation
FLOW_DESCRIPTION = { "  " }{ $description }
# needs translation
FLOWS_FOOTER = Use one with /newsession <title> --flow <id>. To add your own, send me its .yaml file (codesign flows new writes a starter to edit).
# needs translation
NO_SESSIONS = There are no sessions yet. Create one with /newsession <title>.
# needs translation
SESSIONS_HEADER = Sessions (newest first):
# needs translation
SESSION_LINE = • { $title } — code { $code }, { $status }, flow { $flow }: { $joined } joined, { $consented } consented, { $completed } completed; { $reprompts }
# needs translation
REPROMPT_STATS = { $sent } reminder(s) and follow-up(s) sent, { NUMBER($share, style: "percent") } answered within a day
# needs translation
NO_REPROMPTS = no reminders sent yet
# needs translation
PICK_ASK = Which session for { $command }?
# needs translation
PICK_NONE = You have no session { $command } works on now. /sessions lists yours.
# needs translation
PICKED = { $command } for “{ $title }” ({ $code })
# needs translation
THERE = there
# needs translation
HELLO_ORGANISER = Hello { $name }! You run co-design sessions here as an organiser.
# needs translation
HELLO_COORDINATOR = Hello { $name }! You read co-design sessions here as a coordinator.
# needs translation
HELLO_SESSIONS = Your newest sessions:
# needs translation
HELLO_SESSION_LINE = • { $title } ({ $code }), { $status }, { $joined } joined
# needs translation
HELLO_MORE = …and more: /sessions lists them all.
# needs translation
HELLO_NO_SESSIONS = You have no session yet.
# needs translation
STATUS_WORDS__draft = draft, not open yet
# needs translation
STATUS_WORDS__open = open
# needs translation
STATUS_WORDS__closed = closed
# needs translation
HELLO_NEXT = Start one with /newsession <title>, open it with /open <code> and share its link; /sessions shows each session's numbers, /help every command. To try a session as a member would, open its link.
# needs translation
HELLO_NEXT_READER = /stats <code> shows a session's numbers, /answers <code> what members answered, /export <code> a file of it; /help lists every command.
# needs translation
A_PROPOSAL = a proposal
# needs translation
A_POLL = a poll
# needs translation
WHICH_NUMBER = Several of your sessions have { $what } #{ $id }. Send it again with the session's code:
# needs translation
WHICH_NUMBER_LINE =
    • { $title } ({ $code }): “{ $text }”
    { "  " }{ $command } { $code } { $id }{ $rest }
# needs translation
CODE_USAGE = Usage: { $command } <session code>
# needs translation
NO_SUCH_SESSION = There is no session with the code “{ $code }”. /sessions lists them.
# needs translation
NOT_YOUR_SESSION = There is no session “{ $code }” among yours. /sessions lists the sessions you run.
# needs translation
NO_SESSION_HERE = There is no session “{ $code }”. `codesign sessions` lists every session and its code.
# needs translation
OPENED = “{ $title }” is open. Members can join with { $link }
# needs translation
ALREADY_OPEN = “{ $title }” is already open.
# needs translation
CLOSED = “{ $title }” is closed. Members can no longer answer; their answers are kept.
# needs translation
ALREADY_CLOSED = “{ $title }” is already closed.
# needs translation
GRANT_USAGE = Usage: /grant <telegram user id> organiser|coordinator
# needs translation
GRANTED = User { $user_id } now has the { $role } role.
# needs translation
ALREADY_GRANTED = User { $user_id } already has the { $role } role.
# needs translation
BROADCAST_USAGE = Usage: /broadcast <session code> <message to every member>
# needs translation
BROADCAST_LONG = That message is too long: please keep it to { $limit } characters at most.
# needs translation
BROADCAST_CAPPED = “{ $title }” has sent { $cap } broadcasts in 24 hours, as many as its flow's daily cap lets every member get; the next may go from { $at }.
# needs translation
BROADCAST_MESSAGE =
    📣 From the organisers of “{ $title }”:
    
    { $text }
# needs translation
BROADCAST_QUEUED = Sending to { $n } member(s) of “{ $title }”. At Telegram's pace that takes about { $duration } (done by { $done }). Members who paused or blocked the bot are left out.
# needs translation
BROADCAST_WHAT = What should the members of “{ $title }” get? Send /broadcast { $code } followed by the message.
# needs translation
BROADCAST_PREVIEW = This is what { $n } member(s) of “{ $title }” will get. At Telegram's pace sending takes about { $duration } (done by { $done }). Members who paused or blocked the bot are left out.
# needs translation
BROADCAST_SEND = Send to { $n }
# needs translation
BROADCAST_CANCEL = Cancel
# needs translation
BROADCAST_CANCELLED = Cancelled: the message was not sent.
# needs translation
NOBODY_REACHABLE = Nobody in “{ $title }” can be messaged now (members who paused, declined or blocked the bot are left out), so nothing was sent.
# needs translation
NOT_OPEN = “{ $title }” is { $status }: only open sessions can be messaged.
# needs translation
NUDGE_USAGE = Usage: /nudge <session code> to remind those who have not finished the questions, /nudge <session code> <poll number> to remind those who have not voted in that poll, or /nudge <session code> votes to remind those who finished of proposals they have not voted on.
# needs translation
NUDGED_VOTES = Reminding { $n } member(s) of “{ $title }” who finished of the proposals they have not voted on.
# needs translation
NUDGE_VOTES_NOBODY = Everyone in “{ $title }” who finished and can be messaged has voted on every proposal.
# needs translation
NUDGED = Reminding { $n } member(s) of “{ $title }” who have not finished the questions.
# needs translation
NUDGED_POLL = Reminding { $n } member(s) who have not voted in poll #{ $id }.
# needs translation
NUDGED_POLL_ANONYMOUS = Reminding the { $n } member(s) who got anonymous poll #{ $id }. Who has voted stays secret, so those who voted get the reminder too.
# needs translation
NUDGE_LATER = { " " }{ $n } of them are in their quiet hours or had enough reminders today: theirs goes later.
# needs translation
NUDGE_NOBODY = Everyone in “{ $title }” who can be messaged has finished the questions.
# needs translation
NUDGE_POLL_NOBODY = Everyone who got poll #{ $id } and can be messaged has voted.
# needs translation
RECEIVED_HEAD = Already sent to them:
# needs translation
RECEIVED_AT = • { $who }, at “{ $step }”: { $what }
# needs translation
RECEIVED = • { $who }: { $what }
# needs translation
RECEIVED_SOME = { $n } reminder(s), the last { $when }
# needs translation
RECEIVED_NONE = no reminder yet
# needs translation
RECEIVED_MORE = …and { $n } more.
# needs translation
POLL_REMINDER =
    A reminder from “{ $title }”: you have not voted yet.
    
    { $poll }
# needs translation
POLL_REMINDER_ANONYMOUS =
    A reminder from “{ $title }”: if you have not voted yet, there is still time (if you have, your vote counts and nothing more is needed).
    
    { $poll }
# needs translation
AUDIT_HEADER = What happened to “{ $title }” (newest first):
# needs translation
AUDIT_USAGE = Usage: /audit <session code> [page]
# needs translation
AUDIT_LINE = • { $when } — { $what }
# needs translation
SERVER = the bot or its server
# needs translation
USER = User { $id }
# needs translation
TEAM_USAGE = Usage: /team <code> to see a session's team, /team <code> add <telegram user id> organiser|coordinator, /team <code> remove <telegram user id>, /team <code> invite organiser|coordinator for a link that adds whoever opens it, or /team <code> names on|off (may its coordinators export members' names)
# needs translation
TEAM_NAMES_ON = Names: coordinators may export them (/team <code> names off to stop it).
# needs translation
TEAM_NAMES_OFF = Names: only organisers may export them (/team <code> names on lets coordinators).
# needs translation
NAMES_ON = The coordinators of “{ $title }” may now export members' names (/export <code> --names).
# needs translation
NAMES_OFF = Only the organisers of “{ $title }” may now export members' names.
# needs translation
A_ROLE__organiser = an organiser
# needs translation
A_ROLE__coordinator = a coordinator
# needs translation
TEAM_HEADER = The team of “{ $title }”:
# needs translation
TEAM_OWNER = • { $who } — owner
# needs translation
TEAM_LINE = • { $who } — { $role }
# needs translation
TEAM_ADDED = { $who } is now { $role } of “{ $title }”.
# needs translation
TEAM_ALREADY = { $who } is already { $role } of “{ $title }”.
# needs translation
TEAM_REMOVED = { $who } is no longer on the team of “{ $title }”.
# needs translation
TEAM_NOT_ON = { $who } is not on the team of “{ $title }”.
# needs translation
TEAM_OWNER_STAYS = The owner of “{ $title }” stays on its team.
# needs translation
TEAM_OWNER_ONLY = Only the owner of “{ $title }” (or an administrator) adds or removes organisers.
# needs translation
TEAM_YOU_ADDED = { $by } made you { $role } of “{ $title }”. { $can }
# needs translation
TEAM_YOU_REMOVED = { $by } took you off the team of “{ $title }”: you no longer see or run it. Anything you answered as a member stays yours.
# needs translation
TEAM_CAN = You can now use { $commands } for it (its code: { $code }); /help says how.
# needs translation
TEAM_INVITE =
    Send this link to the person you want as { $role } of “{ $title }”. It works once, for whoever opens it first, for { $days } days:
    { $link }
# needs translation
TEAM_YOU_JOINED = You are now { $role } of “{ $title }”. { $can }
# needs translation
TEAM_LINK_OPENED = { $who } opened your link and is now { $role } of “{ $title }”.
# needs translation
TEAM_LINK_ALREADY = You are already { $role } of “{ $title }”; the link is still unused.
# needs translation
TEAM_LINK_USED = This team link was already used. Ask whoever sent it for a new one.
# needs translation
TEAM_LINK_EXPIRED = This team link has expired. Ask whoever sent it for a new one.
# needs translation
REVOKE_USAGE = Usage: /revoke <telegram user id> organiser|coordinator
# needs translation
REVOKED = User { $user_id } no longer has the { $role } role.
# needs translation
REVOKED_TEAMS = { " " }They are off the team of { $n } session(s) too.
# needs translation
NOT_GRANTED = User { $user_id } does not have the { $role } role.
# needs translation
CLOSE_ASK = Close “{ $title }”? Members will no longer be able to answer; everything they said is kept.
# needs translation
CLOSE_POLL_OPEN = Poll #{ $id } (“{ $question }”) is still open: it closes with the session.
# needs translation
CLOSED_POLL = Poll #{ $id } closed with it; its result is on its way to you and its members.
# needs translation
CLOSE_YES = Close it
# needs translation
CLOSE_NO = Keep it open
# needs translation
CLOSE_KEPT = “{ $title }” stays open.
# needs translation
REOPENED = “{ $title }” is open again. Members can carry on where they were: { $link }
# needs translation
CANNOT_REOPEN_NOW = “{ $title }” was closed on { $date } and { $what } since, so it stays closed. Start a new session with /newsession.
# needs translation
FLOW_FILE_FAILED =
    Your flow file { $file } did not load when the bot started, so new sessions cannot use “{ $flow }”; sessions already running keep the flow they opened with.
    
    { $problems }
    
    Fix it (codesign flows check { $file } lists every problem) and restart the bot.
# needs translation
MORE_PROBLEMS = … and { $n } more.
# needs translation
FLOW_UPLOAD_UNREADABLE = I read flow files only as UTF-8 text of at most { $kb } kB ending in .yaml. Nothing changed.
# needs translation
FLOW_UPLOAD_ERRORS = { $errors } error(s){ $warned } in { $file }: fix them and send the file again. Nothing changed.
# needs translation
FLOW_UPLOAD_OK = { $file }: flow file OK{ $warned }.
# needs translation
FLOW_UPLOAD_WARNED = , { $n } warning(s)
# needs translation
FLOW_UPLOAD_TAKEN = “{ $flow }” is the id of an installed flow: name your file otherwise (or set its id:), and send it again. Nothing changed.
# needs translation
FLOW_UPLOAD_STORED = { $new } “{ $title }” ({ $flow }, { $steps } steps) for your sessions: use it for a new session with /newsession <title> --flow { $flow }. Sessions already open keep the text they opened with.
# needs translation
FLOW_UPLOAD_NEW = Stored
# needs translation
FLOW_UPLOAD_REPLACED = Replaced your flow
# needs translation
FLOW_REHEARSAL = A rehearsal: its first questions as members will see them (placeholders shown as [session], [community], [organiser]; codesign flows try { $file } runs it all):
# needs translation
# a session's status
STATUS__draft = draft
# needs translation
# a session's status
STATUS__open = open
# needs translation
# a session's status
STATUS__closed = closed
# needs translation
SECONDS = { $n } seconds
# needs translation
MINUTES = { $n } minutes
# needs translation
HOURS = { $n } hours
# needs translation
AUDIT_ACTIONS__created = { $who } created it
# needs translation
AUDIT_ACTIONS__opened = { $who } opened it
# needs translation
AUDIT_ACTIONS__closed = { $who } closed it
# needs translation
AUDIT_ACTIONS__reopened = { $who } opened it again
# needs translation
AUDIT_ACTIONS__polled = { $who } launched poll #{ $poll }
# needs translation
AUDIT_ACTIONS__poll_closed = { $who } closed poll #{ $poll }
# needs translation
AUDIT_ACTIONS__poll_due = { $who } closed poll #{ $poll } at its closing time
# needs translation
AUDIT_ACTIONS__broadcast = { $who } sent a message to { $members } members: “{ $text }”
# needs translation
AUDIT_ACTIONS__nudged = { $who } reminded { $members } members
# needs translation
AUDIT_ACTIONS__nudged_votes = { $who } reminded { $members } members about proposals
# needs translation
AUDIT_ACTIONS__nudged_poll = { $who } reminded { $members } members about poll #{ $poll }
# needs translation
AUDIT_ACTIONS__hid = { $who } hid proposal #{ $proposal } ({ $reason })
# needs translation
AUDIT_ACTIONS__unhid = { $who } showed proposal #{ $proposal } again
# needs translation
AUDIT_ACTIONS__linked_group = { $who } linked a group chat
# needs translation
AUDIT_ACTIONS__team_added = { $who } added user { $user } to the team as { $role }
# needs translation
AUDIT_ACTIONS__team_removed = { $who } took user { $user } off the team ({ $role })
# needs translation
AUDIT_ACTIONS__team_invited = { $who } made a link to join the team as { $role }
# needs translation
AUDIT_ACTIONS__team_joined = { $who } joined the team as { $role } by a link
# needs translation
AUDIT_ACTIONS__exported = { $who } exported it ({ $format })
# needs translation
AUDIT_ACTIONS__exported_names = { $who } exported it ({ $format }, with names)
# needs translation
AUDIT_ACTIONS__names_on = { $who } let coordinators export members' names
# needs translation
AUDIT_ACTIONS__names_off = { $who } stopped coordinators exporting members' names
# needs translation
AUDIT_ACTIONS__read = { $who } read { $what }
# needs translation
AUDIT_ACTIONS__read_proposals = { $who } read its proposals
# needs translation
AUDIT_ACTIONS__read_feedback = { $who } read its feedback
# needs translation
AUDIT_ACTIONS__read_answers = { $who } read the answers to { $step }
# needs translation
AUDIT_ACTIONS__read_stats = { $who } read its numbers
# needs translation
AUDIT_ACTIONS__read_results = { $who } read the results of poll #{ $poll }
# needs translation
AUDIT_ACTIONS__granted = { $who } gave user { $user } the { $role } role
# needs translation
AUDIT_ACTIONS__revoked = { $who } took the { $role } role from user { $user }
# needs translation
AUDIT_OTHER = { $who }: { $what }
# needs translation
# {date} in CANNOT_REOPEN_NOW, when the closing time is not known
EARLIER = earlier
