# needs translation
TICK = ✅{ " " }
# needs translation
DONE = Done
# needs translation
CONTINUE = Continue
# needs translation
SKIP_HINT = (Optional: type /skip to leave this one out.)
# needs translation
PROPOSAL_HINT = (Between { $least } and { $most } characters.)
# needs translation
SCALE_HINT = Tap a number from { $low } ({ $low_label }) to { $high } ({ $high_label }).
# needs translation
SCALE_HINT_PLAIN = Tap a number from { $low } to { $high }.
# needs translation
MULTI_HINT = Tap to select or unselect (up to { $most }), then tap Done.
# needs translation
MULTI_HINT_MIN = Tap to select or unselect ({ $least } to { $most }), then tap Done.
# needs translation
PREVIOUS_ANSWER = Your previous answer: { $answer }
# needs translation
SKIPPED = (skipped)
# needs translation
NOTHING_SELECTED = (nothing selected)
# needs translation
THANKS = Thank you, got it.
# needs translation
PROPOSAL_SAVED = Thank you, your proposal is saved. Others will be able to vote on it.
# needs translation
FEEDBACK_SAVED = Thank you for your feedback.
# needs translation
SKIPPED_ACK = Okay, skipped.
# needs translation
SAVED_NOTICE = Saved
# needs translation
TEXT_ONLY = I can only read text here — please type your answer.
# needs translation
TAP_OPTION = Please tap one of the options below.
# needs translation
TAP_OPTION_OR_TYPE = Please tap one of the options below (or type one of them exactly).
# needs translation
SCALE_RANGE = Please answer with a whole number from { $low } to { $high }.
# needs translation
EMPTY_TEXT = That message looks empty — please type your answer.
# needs translation
TOO_LONG = That is a bit long: please keep it to { $limit } characters at most (yours has { $length }).
# needs translation
KEPT_TO_SHORTEN = Nothing is lost: here is what you wrote, to copy, shorten and send again.
# needs translation
TOO_SHORT = Could you write a little more? Please use at least { $limit } characters.
# needs translation
PROPOSAL_TOO_LONG = That proposal is too long: please keep it to { $most } characters at most (yours has { $length }).
# needs translation
PROPOSAL_TOO_SHORT = That's a bit short for a proposal: please use at least { $least } characters (yours has { $length }).
# needs translation
TOO_FEW = Please choose at least { $least } before tapping Done.
# needs translation
TOO_MANY = You can choose at most { $most }. Unselect one first.
# needs translation
UNKNOWN_OPTION = That option is not available any more.
# needs translation
VOTE_CONTINUE = When you have finished with the proposals, tap Continue.
# needs translation
STALE_BUTTON = That question was already answered — here is where we are.
# needs translation
INVALID_BUTTON = That button is not valid any more — here is where we are.
# needs translation
NOTHING_BEFORE = There's nothing to go back to — this is the first question.
# needs translation
CANNOT_SKIP = This question needs an answer, so it can't be skipped.
# needs translation
UNKNOWN_COMMAND = That command doesn't work here. Here is where we are:
# needs translation
ALREADY_STARTED = We're already under way — here is where we are:
# needs translation
CHANGED_FLOW = The questions have changed since you started, so let's continue from here.
# needs translation
SUMMARY_HEAD = Here is what you told us:
# needs translation
SUMMARY_LINE = • { $label }: { $answer }
# needs translation
NO_ANSWERS = You didn't answer any questions this time.
# needs translation
CLOSING = Thank you for taking part! The organisers will share what happens next.
# needs translation
FINISHED = You've completed this session's questions — thank you! You can still use /proposals, /propose or /feedback.
# needs translation
BACK_AFTER_END = Your answers are in, so the questions can't be changed any more. What you can still do: change your votes (/proposals, then tap another button), add a proposal (/propose) or a word for the organisers (/feedback), and see everything you told us (/mydata).
# needs translation
REMINDER_TEXT = A gentle reminder from “{ $title }” — whenever you have a moment:
# needs translation
FOLLOWUP_TEXT = Earlier you told us: “{ $quote }”. Thank you for being honest. What would make it better for you?
# needs translation
ELABORATION_TEXT = You wrote “{ $quote }”. Could you tell us a little more about it — a detail or an example?
# needs translation
CHAMPION_TEXT =
    Thank you for your ideas for “{ $title }”! If you know neighbours who would like a say, send them your own link:
    { $link }
    
    Forward this message or copy the link: when they join, we'll know you brought them.
# needs translation
SIDE_HINT = (Just type your answer here; it doesn't change your other answers.)
# needs translation
SIDE_THANKS = Thank you — that helps.
# needs translation
SIDE_DECLINED = All right.
