CARD_HEADER = Proposal { $position } of { $total } (#{ $id })
CARD_OWN = This is your proposal.
CARD_YOUR_VOTE = Your vote: { $vote }. Tap another button to change it.
CARD_NOT_VOTED = Do you agree?
CARD_SAVED_NEXT = ✅ Saved your vote on #{ $id }: { $vote }. Here is the next one:
CARD_ALL_VOTED = You have voted on every proposal so far — thank you! You can look back and change a vote until the session closes, and /proposals shows new ones as they come.
LEFT_UNVOTED =
    { $count ->
        [one] You left { $count } proposal without a vote: /proposals takes you back to it whenever you like.
       *[other] You left { $count } proposals without a vote: /proposals takes you back to them whenever you like.
    }
CARD_NOTHING_TO_VOTE = There is nothing else to vote on yet: yours is the only proposal. /proposals shows new ones as they come.
PREVIOUS = ◀ Previous
NEXT = Next ▶
NO_PROPOSALS = There are no proposals in “{ $title }” yet. Write one with /propose <your idea>.
PROPOSAL_EMPTY = Your proposal is empty. Usage: /propose <your idea>, in { $least } to { $most } characters, for example: /propose Lights along the pond path
PROPOSAL_DUPLICATE = That idea is already on the list as proposal #{ $id }. You can vote on it with /proposals.
PROPOSAL_SAVED = Thank you! Your proposal is saved as #{ $id }. Others can vote on it with /proposals.
PROPOSAL_REWORDED = Your proposal #{ $id } now reads: “{ $text }”.
VOTES_CLEARED =
    { $n ->
        [one] The { $n } vote on its earlier words was cleared, so that neighbours vote on these.
       *[other] The { $n } votes on its earlier words were cleared, so that neighbours vote on these.
    }
PROPOSAL_KEPT = Your proposal #{ $id } stays as it was.
NEW_TO_VOTE =
    { $n ->
        [one] There is { $n } new proposal in “{ $title }” you have not voted on yet: have a look, so that the later ideas get a fair hearing too.
       *[other] There are { $n } new proposals in “{ $title }” you have not voted on yet: have a look, so that the later ideas get a fair hearing too.
    }
VOTE_NOW = Vote now
VOTE_SAVED = Saved: { $vote }
VOTE_UNCHANGED = You already voted { $vote }.
OWN_PROPOSAL = You can't vote on your own proposal.
PROPOSAL_HIDDEN_BUTTON = The organisers have hidden this proposal.
MILESTONE =
    Good news: your proposal “{ $text }” now has { $count ->
        [one] { $count } agree vote
       *[other] { $count } agree votes
    } in “{ $title }”.
FEEDBACK_USAGE = Usage: /feedback <what you'd like to tell the organisers>, up to { $most } characters
FEEDBACK_LONG = That's too long: please keep feedback to { $most } characters at most.
FEEDBACK_SAVED = Thank you for your feedback — the organisers will read it.
HIDE_USAGE = Usage: { $command } [session code] <proposal number> [reason]
NO_SUCH_PROPOSAL = There is no proposal #{ $id }.
HIDDEN = Proposal #{ $id } is hidden from members. Reason: { $reason }
ALREADY_HIDDEN = Proposal #{ $id } is already hidden.
UNHIDDEN = Proposal #{ $id } is visible to members again.
NOT_HIDDEN = Proposal #{ $id } is not hidden.
NO_REASON = no reason given
YOUR_PROPOSAL_HIDDEN =
    The organisers of “{ $title }” have hidden your proposal “{ $text }”: others no longer see it or vote on it.
    Reason: { $reason }
    If you think this is a mistake, tell them with /feedback.
YOUR_PROPOSAL_SHOWN = Your proposal “{ $text }” is visible again in “{ $title }”: others can see it and vote on it.
PROPOSAL_WITHDRAWN = Proposal #{ $id } was withdrawn by its author: it stays hidden, with its votes.
REASON_TOO_LONG = That reason is too long: please keep it under { $limit } characters.
VOTE_LABELS__agree = Agree
VOTE_LABELS__disagree = Disagree
VOTE_LABELS__pass = Pass
CARD_WRITTEN_IN = (written in { $language })
CARD_TRANSLATED = (translated by the organisers from { $language })
TRANSLATE_USAGE =
    Usage: /translate [session code] <proposal number> <language> <text>
    For example: /translate 4 es Poner farolas junto al estanque
TRANSLATE_NOT_OFFERED = This session is not in “{ $typed }”. Its languages: { $languages }.
TRANSLATE_SAME = Proposal #{ $id } is written in { $language } already.
TRANSLATE_LONG = That translation is too long: please keep it to { $most } characters at most.
TRANSLATED =
    Proposal #{ $id } in { $language }: “{ $text }”
    Members who read { $language } see it so; their votes count for the one proposal.
TRANSLATION_REPLACED = Proposal #{ $id } in { $language } now reads: “{ $text }” (instead of “{ $before }”).
SHARE_PROPOSAL_BUTTON = 📣 Share proposal #{ $id }
SHARE_PROPOSAL_TEXT = I agree with this idea for “{ $title }”: “{ $text }” What do you think?
