WELCOME_NO_CODE =
    Hello! I help neighbours shape local projects together.
    
    To take part, open the link your organiser shared (it looks like t.me/{ $bot }?start=…), or send /start followed by the session code.
UNKNOWN_CODE = I don't know the session code “{ $code }”. Please check the link your organiser shared, or ask them for a new one.
SESSION_DRAFT = The session “{ $title }” hasn't opened yet. Please try again once the organiser opens it.
SESSION_CLOSED = The session “{ $title }” has closed. Thank you for your interest!
SESSION_CLOSED_UNFINISHED = “{ $title }” has closed, so no more questions will come. Thank you for taking part: everything you said is kept.
SOME_SESSION_DRAFT = This session hasn't opened yet. I'll message you here when it opens.
DRAFT_OPENED = “{ $title }” is open now. To take part, open { $link } or send /start { $code }.
SOME_SESSION_CLOSED = This session has closed. Thank you for your interest!
CONSENT_TERMS =
    I will keep what you write here (your answers, proposals, votes and feedback), your Telegram name and the time of each message, so the organisers of { $community } can use them for this co-design session. What you write is also scored automatically for its tone (positive, neutral or negative): the organisers see it in their numbers, and a negative answer may bring a follow-up question. If someone joins through a link you share, I count it for you: the organisers see how many each member brought (never who), and /myreach shows you yours.
    
    How long: until you send /forget, which erases your name and words (only anonymous counts stay). Nothing is deleted on its own, and files the organisers exported are theirs to keep safe.
    
    You can send /pause at any time to stop my reminders and /resume to carry on. /mydata sends you everything I store about you, and /forget erases it (after asking you once more). If you say no thanks, I keep only the fact that someone declined. /privacy shows this again.
CONSENT =
    Welcome to “{ $title }”! Before we start, here is what I keep and why.
    
    { CONSENT_TERMS }
    
    Do you agree to take part?
PRIVACY =
    What I keep for “{ $title }”:
    
    { CONSENT_TERMS }
PRIVACY_AGREED = You agreed to take part on { $date }.
PRIVACY_NO_SESSION =
    You're not in a session yet. When you join one (open your organiser's link, or send /start followed by the session code), I ask you first, and this is what I keep:
    
    { CONSENT_TERMS }
CONSENT_YES = I agree
CONSENT_NO = No thanks
CONSENT_GIVEN = ✅ You agreed to take part on { $date }.
CONSENT_DECLINED = No problem — nothing more will be asked. If you change your mind, write to me or open the link again.
CONSENT_PENDING = Please answer the question above first: do you agree to take part?
CONSENT_DECLINED_BEFORE = You said no thanks to taking part in “{ $title }”, so I'm not asking you anything. Changed your mind? Tap below to join after all.
CONSENT_AFTER_ALL = I'd like to take part
ALREADY_JOINED = Welcome back to “{ $title }”! Here is where we were:
BACK_TO_QUESTION = And back to where we were:
FLOW_FINISHED_ALREADY = You've answered all the questions of “{ $title }” — thank you! /help lists what else you can do.
PAUSED = Paused: no reminders, polls or news from me until you send /resume. I still answer when you write.
ALREADY_PAUSED = You're already paused. Send /resume to carry on.
RESUMED = Welcome back! Reminders are on again.
WHILE_AWAY = While you were away: { $missed }. They come next.
AWAY_POLLS =
    { $n ->
        [one] { $n } open poll
       *[other] { $n } open polls
    }
AWAY_MESSAGES =
    { $n ->
        [one] { $n } message from the organisers
       *[other] { $n } messages from the organisers
    }
NOT_PAUSED = You're not paused — we're all set.
TIMEZONE_ASK = Your time zone is { $zone } (it's { $time } there): I keep quiet at night in it. Tap yours, or send /timezone followed by your city or zone, e.g. /timezone Lisbon.
TIMEZONE_SET = Your time zone is now { $zone } (it's { $time } there). I'll keep quiet at night.
TIMEZONE_UNKNOWN = I don't know the time zone “{ $typed }”. Send a city (/timezone Lisbon) or a zone name (/timezone Europe/Lisbon).
EDIT_IGNORED = I only read new messages, so your edit didn't change anything. To change an answer, send /back.
UNKNOWN_COMMAND = I don't know the command { $command }. /help lists what you can do.
NOT_ALLOWED = Sorry, only { $role } can use { $command }.
NOT_ALLOWED_BUTTON = Sorry, only { $role } can use this button.
NON_TEXT_OUTSIDE_FLOW = I can only read text messages. /help lists what you can do.
STALE_BUTTON = That button is no longer valid.
# {organiser} in a flow, when the bot never met them
THE_ORGANISERS = the organisers
SESSION_NOT_OPEN_BUTTON = This session is not open any more.
NEED_SESSION = Join a session first: open the link your organiser shared. /help lists what you can do.
MYDATA_HEAD = What I store about you, in short:
MYDATA_YOU = You: { $name }{ $username }; time zone: { $zone }.
MYDATA_NO_ZONE = not set
MYDATA_SESSION =
    “{ $title }”: joined { $joined }, { $consent }. { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    }, { $proposals ->
        [one] { $proposals } proposal
       *[other] { $proposals } proposals
    }, { $votes ->
        [one] { $votes } vote
       *[other] { $votes } votes
    }, { $feedback } feedback.
MYDATA_AGREED = agreed to take part { $date }
MYDATA_DECLINED = said no thanks
MYDATA_NOT_ASKED = not asked yet
MYDATA_NO_SESSIONS = No sessions joined.
MYDATA_FILE_NEXT = Every detail, with the messages between us, follows as a file (JSON, for a computer or another service). /forget erases it; /privacy says why it is kept.
MYDATA_CAPTION = Everything the bot stores about you, as of { $date }.
FORGET_CONFIRM =
    This erases your name, username and time zone, and everything you wrote in every session: answers, proposals, feedback and messages. What stays has no name on it: your votes, the numbers of answers, and the proposals others already voted on (as “withdrawn”, with their vote counts, without your words). I won't message you again unless you join a session again. This cannot be undone.{ $staff }
    
    Erase your data?
FORGET_STAFF_KEEPS =
    { "\u000A" }
    As { $role }, you keep what is not yours alone: your role, your place on session teams, the sessions you created, and the audit entries of what you did in them, with your Telegram id (your name goes), so that your teams can still see who did what. To give up a role, ask an administrator.
STAFF_ROLE_WORDS__admin = an administrator
STAFF_ROLE_WORDS__organiser = an organiser
STAFF_ROLE_WORDS__coordinator = a coordinator
FORGET_YES = Erase my data
FORGET_NO = Keep it
FORGET_KEPT = Nothing was erased. Send /forget again whenever you want.
FORGET_DONE =
    Done: your name, username and time zone are erased, and so are { $answers ->
        [one] { $answers } answer
       *[other] { $answers } answers
    }, { $proposals ->
        [one] { $proposals } proposal
       *[other] { $proposals } proposals
    }, { $feedback ->
        [one] { $feedback } feedback message
       *[other] { $feedback } feedback messages
    } and { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } you wrote, with the bot's messages that quoted them.
    
    Kept without your name: { $withdrawn ->
        [one] { $withdrawn } proposal
       *[other] { $withdrawn } proposals
    } others had voted on (as “withdrawn”, with their vote counts), { $votes ->
        [one] { $votes } vote
       *[other] { $votes } votes
    }, { $ballots ->
        [one] { $ballots } poll choice
       *[other] { $ballots } poll choices
    }, and that someone took part in { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }.
    
    I won't message you again. To take part later, open a session's link: you'll start afresh.{ $staff }
FORGET_DONE_STAFF =
    { "\u000A" }
    Kept as { $role }: your role, your team places, your sessions and the audit entries of your actions (with your Telegram id).
FORGET_NOTHING = I have nothing stored about you.
# {community} in PRIVACY_NO_SESSION
THE_COMMUNITY = the session's community
ROLES_HELD_BY__organiser = organisers
ROLES_HELD_BY__coordinator = coordinators
ROLES_HELD_BY__admin = administrators
ROLE_NAMES__organiser = organiser
ROLE_NAMES__coordinator = coordinator
ROLE_NAMES__admin = administrator
MYDATA_ABOUT = Everything the co-design bot stores about you: your member record, roles, the sessions you joined, your answers, proposals, votes, feedback and poll choices, where you are in each session's questions, the messages between you and the bot, and what is still waiting to be sent to you. Times are UTC.
LANGUAGE_HINT = I'll write to you in { $language }. To change it, send /language ({ $others }).
LANGUAGE_ASK = I write to you in { $language } in “{ $title }”. Which language would you like?
LANGUAGE_ONLY = “{ $title }” is in { $language } only.
LANGUAGE_SET = ✅ From now on I'll write to you in { $language }.
LANGUAGE_UNCHANGED = I already write to you in { $language }.
LANGUAGE_NOT_OFFERED = “{ $title }” is not in “{ $typed }”. Its languages: { $languages }.
LANGUAGE_NO_SESSION = Your language is chosen among those of your session: join one first (open the link your organiser shared).
LANDED_PROPOSAL = 📣 You came through a link to this proposal. What do you think?
LANDED_POLL = 📊 You came through a link to poll #{ $id }: it comes right after this.
SHARE_INVITE_BUTTON = 📣 Share your invitation
SHARE_INVITE_TEXT = Join me in “{ $title }”: neighbours are shaping it together, and your say counts.
MYREACH =
    { $joined ->
        [one] 1 person has joined
       *[other] { $joined } people have joined
    } “{ $title }” through your links, and { $active } of them took part (answered at least one question). I count them; I never say who they are.
MYREACH_NONE = Nobody has joined “{ $title }” through your links yet.
MYREACH_LINK = Your invitation link: { $link }
SEED_REQUEST =
    The organisers of “{ $title }” would like more neighbours to see { $what }. Could you pass it on to people who may care? Your own link: { $link }
    
    Whoever joins through it sees it first. I count how many join through you, never who.
SEED_SHARE_TEXT = Have a look at { $what } in “{ $title }”, and have your say:
SEED_SHARE_BUTTON = 📣 Share it
SEED_ABOUT_PROPOSAL = proposal #{ $id } “{ $text }”
SEED_ABOUT_POLL = poll #{ $id } “{ $text }”
