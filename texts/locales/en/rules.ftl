AT = At character { $at }: { $problem }
THE_END = the end of the rule
EXPECTED__test = a step id of the flow, a word such as stage or language, “not” or “(”
EXPECTED__operator = one of = != < <= > >= in has
EXPECTED__compare = one of = != < <= > >=
EXPECTED__value = a value (an option id, a number or a word)
EXPECTED__list = “(” and values separated by commas, such as (daily, weekly)
EXPECTED__comma = “,” or “)”
EXPECTED__close = “)”
EXPECTED__open = “(” and a step id, such as sentiment(one_change)
EXPECTED__join = “and”, “or” or the end of the rule
EXPECTED__within = “within” and a duration, such as active within 7d
EXPECTED__duration = a duration such as 7d, 12h or 30m
EXPECTED__step = the id of a step that takes typed answers
EXPECTED__in = “in” and a list, such as not in (daily, weekly)
PROBLEMS__expected = expected { $expected }, found { $found }.
PROBLEMS__empty = the rule is empty. Write one such as: safety <= 2 and not visit = never
PROBLEMS__too_long = the rule is too long (at most { $most } characters).
PROBLEMS__too_deep = too many parentheses or nots inside each other (at most { $most }).
PROBLEMS__bad_name = “{ $name }” cannot name a segment: use a-z, 0-9 and _, at most { $most } characters.
PROBLEMS__unknown_name = “{ $name }” is neither a step of this flow nor a word rules know. Steps: { $steps }. Words: { $words }.
PROBLEMS__unknown_option = step { $step } has no option “{ $option }”. Its options: { $options }.
PROBLEMS__unknown_topic = no interests step offers “{ $topic }”. Topics: { $topics }.
PROBLEMS__no_interests = this flow has no interests step.
PROBLEMS__scale = step { $step } is a scale from { $low } to { $high }, so “{ $found }” does not fit.
PROBLEMS__typed = step { $step } takes typed answers: read them by their sentiment, such as sentiment({ $step }) < 0.
PROBLEMS__not_typed = step { $step } is a { $kind } step; sentiment() reads steps that take typed answers.
PROBLEMS__asks_nothing = step { $step } is a { $kind } step and has no answer to test.
PROBLEMS__operator = “{ $op }” does not fit { $name }: use =, !=, in or has.
PROBLEMS__mood = a sentiment is compared with a number from -1 to 1, or is = negative, neutral or positive (found “{ $found }”).
PROBLEMS__bad_value = { $name } cannot be “{ $found }” (such as: { $allowed }).
PROBLEMS__no_flow = the session's flow cannot be read, so neither can its segments.
