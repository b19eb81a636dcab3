# needs translation
HELP_MEMBER_HEADER = Here is what you can do:
# needs translation
HELP_ORGANISER_HEADER = Organiser commands:
# needs translation
HELP_COORDINATOR_HEADER = Coordinator commands (also for organisers):
# needs translation
HELP_ADMIN_HEADER = Administrator commands:
# needs translation
HELP_MORE = Usage and details
# needs translation
MENU__start = join a session from its code
# needs translation
MENU__help = what you can do
# needs translation
MENU__back = go back to the previous question
# needs translation
MENU__skip = skip an optional question
# needs translation
MENU__proposals = see proposals and vote
# needs translation
MENU__propose = add a proposal
# needs translation
MENU__feedback = tell the organisers something
# needs translation
MENU__pause = stop reminders for a while
# needs translation
MENU__resume = carry on where you left off
# needs translation
MENU__timezone = your time zone, for quiet hours
# needs translation
MENU__privacy = what I keep about you, and for how long
# needs translation
MENU__mydata = everything stored about you, as a file
# needs translation
MENU__forget = erase your data
# needs translation
MENU__newsession = create a session
# needs translation
MENU__flows = the flows you can choose from
# needs translation
MENU__sessions = your sessions, their codes and numbers
# needs translation
MENU__open = open a session so members can join
# needs translation
MENU__close = close a session (asks first)
# needs translation
MENU__poll = launch a poll (alone: step by step)
# needs translation
MENU__closepoll = close a poll
# needs translation
MENU__broadcast = message a session's members (asks first)
# needs translation
MENU__nudge = remind those who have not finished or voted
# needs translation
MENU__hide = hide a proposal from members
# needs translation
MENU__unhide = show a hidden proposal again
# needs translation
MENU__linkgroup = link this group to a session
# needs translation
MENU__stats = a session's numbers and a chart
# needs translation
MENU__export = a session as a file
# needs translation
MENU__answers = the answers to one question
# needs translation
MENU__results = a poll's results
# needs translation
MENU__team = who runs a session
# needs translation
MENU__audit = who did what to a session
# needs translation
MENU__grant = give someone a role
# needs translation
MENU__revoke = take a role back
# needs translation
USAGE__start = /start <code>
# needs translation
USAGE__help = /help [all]
# needs translation
USAGE__propose = /propose <idea>
# needs translation
USAGE__feedback = /feedback <text>
# needs translation
USAGE__newsession = /newsession <title> [--flow <flow id>] [--community <name>]
# needs translation
USAGE__open = /open <code>
# needs translation
USAGE__close = /close <code>
# needs translation
USAGE__poll = /poll <code> <question> | <option> | <option> [--multi] [--anonymous] [--closes 2h or --closes friday 18:00]
# needs translation
USAGE__closepoll = /closepoll [code] <poll number>
# needs translation
USAGE__broadcast = /broadcast <code> <message>
# needs translation
USAGE__nudge = /nudge <code> [poll number | votes]
# needs translation
USAGE__hide = /hide [code] <proposal number> [reason]
# needs translation
USAGE__unhide = /unhide [code] <proposal number>
# needs translation
USAGE__linkgroup = /linkgroup <code>
# needs translation
USAGE__stats = /stats <code>
# needs translation
USAGE__export = /export <code> [csv|json|md] [--names]
# needs translation
USAGE__answers = /answers <code> <step> [page]
# needs translation
USAGE__results = /results [code] <poll number>
# needs translation
USAGE__team = /team <code> [add <user id> organiser|coordinator | remove <user id> | invite organiser|coordinator]
# needs translation
USAGE__audit = /audit <code> [page]
# needs translation
USAGE__grant = /grant <telegram user id> organiser|coordinator
# needs translation
USAGE__revoke = /revoke <telegram user id> organiser|coordinator
# needs translation
HELP__start = join a session from its code
# needs translation
HELP__help = this list (all: with how each is written)
# needs translation
HELP__back = go back to the previous question
# needs translation
HELP__skip = skip a question marked optional
# needs translation
HELP__proposals = see proposals and vote on them
# needs translation
HELP__propose = add a proposal
# needs translation
HELP__feedback = tell the organisers something
# needs translation
HELP__pause = stop reminders and messages for a while
# needs translation
HELP__resume = carry on where you left off
# needs translation
HELP__timezone = your time zone, so I keep quiet at night
# needs translation
HELP__privacy = what I keep about you, for how long, and why (what you agreed to)
# needs translation
HELP__mydata = a file with everything I store about you
# needs translation
HELP__forget = erase your data (I ask you to confirm)
# needs translation
HELP__newsession = create a session
# needs translation
HELP__flows = the flows you can choose from
# needs translation
HELP__sessions = your sessions, their codes and participation numbers
# needs translation
HELP__open = open a session so members can join
# needs translation
HELP__close = close a session (asks first)
# needs translation
HELP__poll = launch a poll (/poll alone for a step-by-step form)
# needs translation
HELP__closepoll = close a poll and announce its results
# needs translation
HELP__broadcast = a message to every member of a session (shown first, sent on your word)
# needs translation
HELP__nudge = remind those who have not finished, not voted in a poll, or (votes) not voted on new proposals
# needs translation
HELP__hide = hide a proposal from members
# needs translation
HELP__unhide = show a hidden proposal again
# needs translation
HELP__linkgroup = send in a group chat to link it to a session
# needs translation
HELP__stats = a session's numbers and a chart
# needs translation
HELP__export = a session as a file: CSV (one row per message), JSON (everything) or md (to read); members under pseudonyms unless --names
# needs translation
HELP__answers = the answers to one question
# needs translation
HELP__results = a poll's results
# needs translation
HELP__team = who runs a session, and changing it
# needs translation
HELP__audit = who did what to a session
# needs translation
HELP__grant = let someone create or coordinate sessions
# needs translation
HELP__revoke = take that back
# needs translation
STAFF_USAGE__proposals = /proposals <code> [page]
# needs translation
STAFF_USAGE__feedback = /feedback <code> [page]
# needs translation
STAFF_HELP__proposals = proposals with ids, votes and authors' pseudonyms
# needs translation
STAFF_HELP__feedback = feedback, newest first, with its sentiment
