TICK = ✅{ " " }
DONE = Done
CONTINUE = Continue
# words a member may type for Continue, separated by commas
CONTINUE_WORDS = continue, done, next
SKIP_HINT = (Optional: type /skip to leave this one out.)
PROPOSAL_HINT =
    (Between { $least } and { $most ->
        [one] { $most } character
       *[other] { $most } characters
    }.)
SCALE_HINT = Tap a number from { $low } ({ $low_label }) to { $high } ({ $high_label }).
SCALE_HINT_PLAIN = Tap a number from { $low } to { $high }.
MULTI_HINT = Tap to select or unselect (up to { $most }), then tap Done.
MULTI_HINT_MIN = Tap to select or unselect ({ $least } to { $most }), then tap Done.
INTERESTS_HINT = Tap the topics you care about, as many as you like, then tap Done.
PREVIOUS_ANSWER = Your previous answer: { $answer }
SKIPPED = (skipped)
NOTHING_SELECTED = (nothing selected)
THANKS = Thank you, got it.
PROPOSAL_SAVED = Thank you, your proposal is saved. Others will be able to vote on it.
FEEDBACK_SAVED = Thank you for your feedback.
SKIPPED_ACK = Okay, skipped.
SAVED_NOTICE = Saved
TEXT_ONLY = I can only read text here — please type your answer.
TAP_OPTION = Please tap one of the options below.
TAP_OPTION_OR_TYPE = Please tap one of the options below (or type one of them exactly).
SCALE_RANGE = Please answer with a whole number from { $low } to { $high }.
EMPTY_TEXT = That message looks empty — please type your answer.
TOO_LONG =
    That is a bit long: please keep it to { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    } at most (yours has { $length }).
KEPT_TO_SHORTEN = Nothing is lost: here is what you wrote, to copy, shorten and send again.
TOO_SHORT =
    Could you write a little more? Please use at least { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }.
PROPOSAL_TOO_LONG = That proposal is too long: please keep it to { $most } characters at most (yours has { $length }).
PROPOSAL_TOO_SHORT = That's a bit short for a proposal: please use at least { $least } characters (yours has { $length }).
TOO_FEW = Please choose at least { $least } before tapping Done.
TOO_MANY = You can choose at most { $most }. Unselect one first.
UNKNOWN_OPTION = That option is not available any more.
VOTE_CONTINUE = When you have finished with the proposals, tap Continue.
STALE_BUTTON = That question was already answered — here is where we are.
INVALID_BUTTON = That button is not valid any more — here is where we are.
NOTHING_BEFORE = There's nothing to go back to — this is the first question.
CANNOT_SKIP = This question needs an answer, so it can't be skipped.
UNKNOWN_COMMAND = That command doesn't work here. Here is where we are:
ALREADY_STARTED = We're already under way — here is where we are:
CHANGED_FLOW = The questions have changed since you started, so let's continue from here.
SUMMARY_HEAD = Here is what you told us:
SUMMARY_LINE = • { $label }: { $answer }
NO_ANSWERS = You didn't answer any questions this time.
CLOSING = Thank you for taking part! The organisers will share what happens next.
FINISHED = You've completed this session's questions — thank you! You can still use /proposals, /propose or /feedback.
BACK_AFTER_END = Your answers are in, so the questions can't be changed any more. What you can still do: change your votes (/proposals, then tap another button), add a proposal (/propose) or a word for the organisers (/feedback), and see everything you told us (/mydata).
REMINDER_TEXT = A gentle reminder from “{ $title }” — whenever you have a moment:
FOLLOWUP_TEXT = Earlier you told us: “{ $quote }”. Thank you for being honest. What would make it better for you?
ELABORATION_TEXT = You wrote “{ $quote }”. Could you tell us a little more about it — a detail or an example?
CHAMPION_TEXT =
    Thank you for your ideas for “{ $title }”! If you know neighbours who would like a say, send them your own link:
    { $link }
    
    Forward this message or copy the link: when they join, we'll know you brought them.
SIDE_HINT = (Just type your answer here; it doesn't change your other answers.)
SIDE_THANKS = Thank you — that helps.
SIDE_DECLINED = All right.
# what an organiser may type in the /poll form (English is always read), separated by commas
YES_WORDS = yes
NO_WORDS = no
SEND_WORDS = send
