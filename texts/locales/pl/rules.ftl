# needs translation
AT = At character { $at }: { $problem }
# needs translation
THE_END = the end of the rule
# needs translation
EXPECTED__test = a step id of the flow, a word such as stage or language, “not” or “(”
# needs translation
EXPECTED__operator = one of = != < <= > >= in has
# needs translation
EXPECTED__compare = one of = != < <= > >=
# needs translation
EXPECTED__value = a value (an option id, a number or a word)
# needs translation
EXPECTED__list = “(” and values separated by commas, such as (daily, weekly)
# needs translation
EXPECTED__comma = “,” or “)”
# needs translation
EXPECTED__close = “)”
# needs translation
EXPECTED__open = “(” and a step id, such as sentiment(one_change)
# needs translation
EXPECTED__join = “and”, “or” or the end of the rule
# needs translation
EXPECTED__within = “within” and a duration, such as active within 7d
# needs translation
EXPECTED__duration = a duration such as 7d, 12h or 30m
# needs translation
EXPECTED__step = the id of a step that takes typed answers
# needs translation
EXPECTED__in = “in” and a list, such as not in (daily, weekly)
# needs translation
PROBLEMS__expected = expected { $expected }, found { $found }.
# needs translation
PROBLEMS__empty = the rule is empty. Write one such as: safety <= 2 and not visit = never
# needs translation
PROBLEMS__too_long = the rule is too long (at most { $most } characters).
# needs translation
PROBLEMS__too_deep = too many parentheses or nots inside each other (at most { $most }).
# needs translation
PROBLEMS__bad_name = “{ $name }” cannot name a segment: use a-z, 0-9 and _, at most { $most } characters.
# needs translation
PROBLEMS__unknown_name = “{ $name }” is neither a step of this flow nor a word rules know. Steps: { $steps }. Words: { $words }.
# needs translation
PROBLEMS__unknown_option = step { $step } has no option “{ $option }”. Its options: { $options }.
# needs translation
PROBLEMS__unknown_topic = no interests step offers “{ $topic }”. Topics: { $topics }.
# needs translation
PROBLEMS__no_interests = this flow has no interests step.
# needs translation
PROBLEMS__scale = step { $step } is a scale from { $low } to { $high }, so “{ $found }” does not fit.
# needs translation
PROBLEMS__typed = step { $step } takes typed answers: read them by their sentiment, such as sentiment({ $step }) < 0.
# needs translation
PROBLEMS__not_typed = step { $step } is a { $kind } step; sentiment() reads steps that take typed answers.
# needs translation
PROBLEMS__asks_nothing = step { $step } is a { $kind } step and has no answer to test.
# needs translation
PROBLEMS__operator = “{ $op }” does not fit { $name }: use =, !=, in or has.
# needs translation
PROBLEMS__mood = a sentiment is compared with a number from -1 to 1, or is = negative, neutral or positive (found “{ $found }”).
# needs translation
PROBLEMS__bad_value = { $name } cannot be “{ $found }” (such as: { $allowed }).
