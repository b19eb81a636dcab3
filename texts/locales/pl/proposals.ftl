# needs translation
CARD_HEADER = Proposal { $position } of { $total } (#{ $id })
# needs translation
CARD_OWN = This is your proposal.
# needs translation
CARD_YOUR_VOTE = Your vote: { $vote }. Tap another button to change it.
# needs translation
CARD_NOT_VOTED = Do you agree?
# needs translation
CARD_SAVED_NEXT = ✅ Saved your vote on #{ $id }: { $vote }. Here is the next one:
# needs translation
CARD_ALL_VOTED = You have voted on every proposal so far — thank you! You can look back and change a vote until the session closes, and /proposals shows new ones as they come.
# needs translation
LEFT_UNVOTED = You left { $count } proposal{ $s } without a vote: /proposals takes you back to { $them } whenever you like.
# needs translation
CARD_NOTHING_TO_VOTE = There is nothing else to vote on yet: yours is the only proposal. /proposals shows new ones as they come.
# needs translation
PREVIOUS = ◀ Previous
# needs translation
NEXT = Next ▶
# needs translation
NO_PROPOSALS = There are no proposals in “{ $title }” yet. Write one with /propose <your idea>.
# needs translation
PROPOSAL_EMPTY = Your proposal is empty. Usage: /propose <your idea>, in { $least } to { $most } characters, for example: /propose Lights along the pond path
# needs translation
PROPOSAL_DUPLICATE = That idea is already on the list as proposal #{ $id }. You can vote on it with /proposals.
# needs translation
PROPOSAL_SAVED = Thank you! Your proposal is saved as #{ $id }. Others can vote on it with /proposals.
# needs translation
PROPOSAL_REWORDED = Your proposal #{ $id } now reads: “{ $text }”.
# needs translation
VOTES_CLEARED = The { $n } vote(s) on its earlier words were cleared, so that neighbours vote on these.
# needs translation
PROPOSAL_KEPT = Your proposal #{ $id } stays as it was.
# needs translation
NEW_TO_VOTE = There are { $n } new proposals in “{ $title }” you have not voted on yet: have a look, so that the later ideas get a fair hearing too.
# needs translation
VOTE_NOW = Vote now
# needs translation
VOTE_SAVED = Saved: { $vote }
# needs translation
VOTE_UNCHANGED = You already voted { $vote }.
# needs translation
OWN_PROPOSAL = You can't vote on your own proposal.
# needs translation
PROPOSAL_HIDDEN_BUTTON = The organisers have hidden this proposal.
# needs translation
MILESTONE = Good news: your proposal “{ $text }” now has { $count } agree votes in “{ $title }”.
# needs translation
FEEDBACK_USAGE = Usage: /feedback <what you'd like to tell the organisers>, up to { $most } characters
# needs translation
FEEDBACK_LONG = That's too long: please keep feedback to { $most } characters at most.
# needs translation
FEEDBACK_SAVED = Thank you for your feedback — the organisers will read it.
# needs translation
HIDE_USAGE = Usage: { $command } [session code] <proposal number> [reason]
# needs translation
NO_SUCH_PROPOSAL = There is no proposal #{ $id }.
# needs translation
HIDDEN = Proposal #{ $id } is hidden from members. Reason: { $reason }
# needs translation
ALREADY_HIDDEN = Proposal #{ $id } is already hidden.
# needs translation
UNHIDDEN = Proposal #{ $id } is visible to members again.
# needs translation
NOT_HIDDEN = Proposal #{ $id } is not hidden.
# needs translation
NO_REASON = no reason given
# needs translation
YOUR_PROPOSAL_HIDDEN =
    The organisers of “{ $title }” have hidden your proposal “{ $text }”: others no longer see it or vote on it.
    Reason: { $reason }
    If you think this is a mistake, tell them with /feedback.
# needs translation
YOUR_PROPOSAL_SHOWN = Your proposal “{ $text }” is visible again in “{ $title }”: others can see it and vote on it.
# needs translation
PROPOSAL_WITHDRAWN = Proposal #{ $id } was withdrawn by its author: it stays hidden, with its votes.
# needs translation
REASON_TOO_LONG = That reason is too long: please keep it under { $limit } characters.
# needs translation
VOTE_LABELS__agree = Agree
# needs translation
VOTE_LABELS__disagree = Disagree
# needs translation
VOTE_LABELS__pass = Pass
